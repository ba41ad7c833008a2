import type { CDPSession, Page } from 'playwright-core'
import { waitForFirstMarker } from './subjects'

/** Main-thread work of a visit from navigation to the first marker painted, from Chromium's own counters. */
export interface VisitCost {
  firstMarkerMs: number
  /** All main-thread tasks (CDP Performance TaskDuration). */
  taskMs: number
  /** Of which running JavaScript (ScriptDuration). */
  scriptMs: number
  /** Layout and style recalculation (LayoutDuration + RecalcStyleDuration). */
  layoutStyleMs: number
  /** JS heap in use right after the first marker, after a garbage collection. */
  heapMb: number
}

type Metrics = Record<string, number>

async function metrics(session: CDPSession): Promise<Metrics> {
  const { metrics: list } = await session.send('Performance.getMetrics')
  return Object.fromEntries(list.map(({ name, value }) => [name, value]))
}

/** Counters are per renderer: if the navigation moved to a new one, its counters started at zero. */
function grew(before: Metrics, after: Metrics, name: string): number {
  const start = before[name] ?? 0
  const end = after[name] ?? 0
  return (end >= start ? end - start : end) * 1000
}

/** Opens `url` in `page` and measures the visit up to its first marker. */
export async function measureVisit(page: Page, url: string, timeoutMs: number): Promise<VisitCost> {
  const session = await page.context().newCDPSession(page)
  await session.send('Performance.enable', { timeDomain: 'threadTicks' })
  const before = await metrics(session)
  await page.goto(url)
  const firstMarkerMs = await waitForFirstMarker(page, timeoutMs)
  const after = await metrics(session)
  await session.send('HeapProfiler.collectGarbage')
  const heap = await metrics(session)
  await session.detach()
  return {
    firstMarkerMs,
    taskMs: grew(before, after, 'TaskDuration'),
    scriptMs: grew(before, after, 'ScriptDuration'),
    layoutStyleMs: grew(before, after, 'LayoutDuration') + grew(before, after, 'RecalcStyleDuration'),
    heapMb: (heap.JSHeapUsedSize ?? NaN) / 1024 / 1024,
  }
}
