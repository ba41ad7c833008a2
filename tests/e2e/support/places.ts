import type { Locator, Page } from 'playwright-core'

/** Opens the place sheet from the first item of the home screen's list, and returns the sheet. */
export async function openFirstPlace(page: Page): Promise<Locator> {
  const item = page.locator('[data-testid="place-list-item"]').first()
  await item.waitFor()
  // The list item may be the button itself or hold one.
  const button = item.locator('button').first()
  await ((await button.count()) > 0 ? button : item).click()
  const sheet = page.locator('[data-testid="place-sheet"]')
  await sheet.waitFor()
  return sheet
}
