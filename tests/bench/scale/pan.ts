import type { BrowserContext, Page } from 'playwright-core'

/** Long tasks (main-thread tasks over 50 ms) observed during a scripted pan. */
export interface PanCost {
  longTasks: number
  longestMs: number
  totalMs: number
}

/** Records every long task of every page of the context from its start, in window.__longTasks. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = []
    ;(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
}

const PAN_KEYS = ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowUp']
const BETWEEN_PANS_MS = 700
const SETTLE_MS = 1_500

/** Pans the map with the keyboard (Leaflet: 80 px per key, each ending in a redraw) and reports the long tasks. */
export async function scriptedPan(page: Page): Promise<PanCost> {
  await page.waitForTimeout(SETTLE_MS)
  const startedAt = await page.evaluate(() => performance.now())
  await page.locator('[data-testid="map"]').focus()
  for (const key of PAN_KEYS) {
    await page.keyboard.press(key)
    await page.waitForTimeout(BETWEEN_PANS_MS)
  }
  await page.waitForTimeout(SETTLE_MS)
  const durations = await page.evaluate(
    (since) => (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((task) => task.start >= since).map((task) => task.duration),
    startedAt,
  )
  return { longTasks: durations.length, longestMs: Math.max(0, ...durations), totalMs: durations.reduce((sum, d) => sum + d, 0) }
}
