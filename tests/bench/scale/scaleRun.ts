import type { Browser } from 'playwright-core'
import { newPhoneContext } from '../../e2e/support/chromium'
import { measureVisit, type VisitCost } from '../mainThread'
import { withTimeout } from '../stats'
import { appSubject, waitForFirstMarker } from '../subjects'
import { recordLongTasks, scriptedPan, type PanCost } from './pan'

export interface ScaleFigures {
  firstVisitMarkerMs: number
  warm: VisitCost
  pan: PanCost
}

/**
 * One resident's visits to the app served at `url`: the first (past the safety notice, until the
 * dataset is stored), then a warm one in a new tab (first marker, CPU, heap), then a keyboard pan.
 */
export async function scaleRun(browser: Browser, url: string, timeoutMs: number): Promise<ScaleFigures> {
  const context = await newPhoneContext(browser)
  // At 100,000 places even the first-run notice and the home screen take longer than Playwright's 30 s default.
  context.setDefaultTimeout(timeoutMs)
  await recordLongTasks(context)
  try {
    return await withTimeout(`scale run at ${url}`, timeoutMs, (async () => {
      const first = await context.newPage()
      await appSubject(url).firstVisit(first, timeoutMs)
      const firstVisitMarkerMs = await waitForFirstMarker(first, timeoutMs)
      await first.close()
      const page = await context.newPage()
      const warm = await measureVisit(page, url, timeoutMs)
      return { firstVisitMarkerMs, warm, pan: await scriptedPan(page) }
    })(), () => context.close())
  } finally {
    await context.close()
  }
}
