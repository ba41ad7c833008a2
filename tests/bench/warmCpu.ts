import type { Browser } from 'playwright-core'
import { newPhoneContext } from '../e2e/support/chromium'
import { measureVisit, type VisitCost } from './mainThread'
import { withTimeout } from './stats'
import type { Subject } from './subjects'

const RUN_TIMEOUT_MS = 90_000

/**
 * A second visit in a fresh phone context whose first visit has stored everything (IndexedDB and
 * HTTP cache warm), measured in a new tab up to the first marker.
 */
export async function warmVisit(browser: Browser, subject: Subject, timeoutMs = RUN_TIMEOUT_MS): Promise<VisitCost> {
  const context = await newPhoneContext(browser)
  try {
    return await withTimeout(`warm visit of the ${subject.name}`, timeoutMs, (async () => {
      const first = await context.newPage()
      await subject.firstVisit(first, timeoutMs)
      await first.close()
      return measureVisit(await context.newPage(), subject.url, timeoutMs)
    })(), () => context.close())
  } finally {
    await context.close()
  }
}

/** `runs` warm visits of each subject, interleaved (app, baseline, app, …) so load spikes hit both. */
export async function interleavedWarmVisits(browser: Browser, subjects: readonly Subject[], runs: number): Promise<Map<string, VisitCost[]>> {
  const results = new Map(subjects.map((subject) => [subject.name, [] as VisitCost[]]))
  for (let run = 0; run < runs; run++) {
    for (const subject of subjects) results.get(subject.name)!.push(await warmVisit(browser, subject))
  }
  return results
}
