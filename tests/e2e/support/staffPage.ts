import type { Page } from 'playwright-core'

/** Signs in at /staff of the server at `baseUrl`; resolves on the staff desk. */
export async function signInAtStaff(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(new URL('/staff', baseUrl).href)
  await page.getByTestId('staff-username').fill(username)
  await page.getByTestId('staff-password').fill(password)
  await page.getByTestId('staff-sign-in-submit').click()
  await page.getByTestId('staff-desk').waitFor()
}
