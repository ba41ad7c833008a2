import type { Page } from 'playwright-core'
import { gotoApp } from './chromium'

export interface StaffCredentials {
  username: string
  password: string
}

/** Opens the app and signs in as a volunteer from the menu's discreet entry; resolves on the volunteer workspace. */
export async function signInFromMenu(page: Page, baseUrl: string, who: StaffCredentials): Promise<void> {
  await gotoApp(page, baseUrl)
  await page.getByTestId('menu-button').click()
  await page.getByTestId('menu-volunteer').click()
  await page.getByTestId('volunteer-username').fill(who.username)
  await page.getByTestId('volunteer-password').fill(who.password)
  await page.getByTestId('volunteer-sign-in-submit').click()
  await page.getByTestId('volunteer-workspace').waitFor()
}

/** Opens a place from the volunteer's "to check" list, choosing its district first. */
export async function openPlaceToCheck(page: Page, place: { id: string; districtCode: number }): Promise<void> {
  await page.getByTestId('to-check-district').selectOption(String(place.districtCode))
  await page.locator(`[data-testid="to-check-item"][data-place-id="${place.id}"]`).click()
  await page.getByTestId('volunteer-place').waitFor()
}
