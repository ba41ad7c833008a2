import { expect } from 'vitest'
import type { Page } from 'playwright-core'

/** A load that downloads, hashes and stores data: seconds on a loaded machine. */
export const DATASET_SETTLED = { timeout: 30_000 }

/**
 * Resolves once every province part of the dataset is in and the map has painted `located` markers.
 * A first visit draws the start view's province before the others arrive (#14), so a count read at
 * the first paint is only part of the map.
 */
export async function waitForEveryPlacePainted(page: Page, located: number): Promise<void> {
  await page.locator('[data-testid="dataset-status"][data-phase="ready"]').waitFor(DATASET_SETTLED)
  await expect.poll(() => page.getByTestId('map').getAttribute('data-markers-painted'), DATASET_SETTLED).toBe(String(located))
}
