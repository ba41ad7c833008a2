import type { Page } from 'playwright-core'
import { gotoApp } from '../e2e/support/chromium'

/** A page the bench measures: the app or the plain-Leaflet baseline. */
export interface Subject {
  name: string
  url: string
  /** A first visit as a resident makes it (the app: past the safety notice), until its data is stored. */
  firstVisit(page: Page, timeoutMs?: number): Promise<void>
}

const DATASET_READY = '[data-testid="dataset-status"][data-phase="ready"]'

export function appSubject(url: string): Subject {
  return {
    name: 'app',
    url,
    async firstVisit(page, timeoutMs = 60_000) {
      await gotoApp(page, url)
      await waitForFirstMarker(page, timeoutMs)
      await page.locator(DATASET_READY).waitFor({ state: 'attached', timeout: timeoutMs })
    },
  }
}

export function baselineSubject(url: string): Subject {
  return {
    name: 'baseline',
    url,
    async firstVisit(page, timeoutMs = 60_000) {
      await page.goto(url)
      await waitForFirstMarker(page, timeoutMs)
    },
  }
}

/**
 * Time from navigation start to the 'first-marker-painted' mark (both pages set it). Polls every
 * 100 ms rather than every frame, so the waiting adds next to nothing to the page's main thread.
 */
export async function waitForFirstMarker(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-marker-painted').length > 0, undefined, { timeout: timeoutMs, polling: 100 })
  return page.evaluate(() => performance.getEntriesByName('first-marker-painted')[0]!.startTime)
}
