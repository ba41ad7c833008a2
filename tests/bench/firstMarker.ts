import type { Browser } from 'playwright-core'
import { gotoApp, newPhoneContext } from '../e2e/support/chromium'
import { spread, withTimeout } from './stats'
import { waitForFirstMarker } from './subjects'

const RUNS = 5
const RUN_TIMEOUT_MS = 90_000

/** Time from navigation to the first marker painted, first visit and warm reload, as the bench always printed it. */
export async function firstMarkerLines(browser: Browser, url: string): Promise<string[]> {
  const cold: number[] = []
  const warm: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const context = await newPhoneContext(browser)
    try {
      await withTimeout('first-marker run', RUN_TIMEOUT_MS, (async () => {
        const page = await context.newPage()
        // First visit: past the first-run safety notice, as a resident would be.
        await gotoApp(page, url)
        cold.push(await waitForFirstMarker(page, RUN_TIMEOUT_MS))
        // Let the first visit finish storing the dataset, then measure a visit served from IndexedDB.
        await page.locator('[data-testid="dataset-status"][data-phase="ready"]').waitFor({ state: 'attached' })
        await page.reload()
        warm.push(await waitForFirstMarker(page, RUN_TIMEOUT_MS))
      })(), () => context.close())
    } finally {
      await context.close()
    }
  }
  return [
    `${'first visit (network, empty IndexedDB; includes the safety notice)'.padEnd(68)} ${spread(cold)} ms`,
    `${'warm visit (reload, from IndexedDB)'.padEnd(68)} ${spread(warm)} ms`,
  ]
}
