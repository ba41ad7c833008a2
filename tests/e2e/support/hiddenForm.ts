import type { Page } from 'playwright-core'
import { LOGO_TAP_BURST } from '../../../src/domain/report/tapBurst'

/**
 * Opens the resident's hidden form: five quick taps on the logo (report.e2e.ts checks that four and
 * six do nothing). A busy machine can stretch a burst past its pause, so a burst that did not open
 * the form is tapped again, up to three times.
 */
export async function tapIntoHiddenForm(page: Page): Promise<void> {
  const box = await page.getByTestId('app-logo').boundingBox()
  if (!box) throw new Error('the logo is not on screen')
  const form = page.locator('#main[data-screen="report"]')
  for (let attempt = 0; attempt < 3; attempt++) {
    for (let tap = 0; tap < LOGO_TAP_BURST.taps; tap++) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    const opened = await form.waitFor({ timeout: LOGO_TAP_BURST.pauseMs + 2_000 }).then(() => true, () => false)
    if (opened) return
  }
  throw new Error('five taps on the logo did not open the hidden form')
}

/** Fills the hidden form with `whatHappened` and sends it; resolves when the app says it was sent. */
export async function sendReport(page: Page, whatHappened: string): Promise<void> {
  await page.getByTestId('report-form').waitFor()
  for (const choice of ['report-danger-no', 'report-affected-woman', 'report-violence-physical', 'report-contact-none', 'report-consent-agree']) {
    await page.getByTestId(choice).check()
  }
  await page.getByTestId('report-what-happened').fill(whatHappened)
  await page.getByTestId('report-submit').click()
  await page.locator('[data-testid="report-done"][data-state="sent"]').waitFor()
}
