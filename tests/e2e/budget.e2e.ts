import { describe, expect, inject, it } from 'vitest'
import { usePhoneBrowser } from './support/phoneBrowser'
import {
  FIRST_SCREEN_JS_BUDGET_BYTES,
  firstRunScripts,
  gzipTotal,
  returningVisitScripts,
  type StartupScripts,
} from '../support/firstScreenJs'

function describeVisit(visit: string, scripts: StartupScripts): string {
  const kb = (list: StartupScripts['firstScreen']) => `${(gzipTotal(list) / 1024).toFixed(1)} KB gzip in ${list.length} files`
  const files = (list: StartupScripts['firstScreen']) => list.map((script) => `${script.path} ${(script.gzipBytes / 1024).toFixed(1)}`).join(', ')
  return `${visit}: first-screen JS ${kb(scripts.firstScreen)} (${files(scripts.firstScreen)}); deferred until it is shown ${kb(scripts.deferred)} (${files(scripts.deferred)})`
}

// The hidden report form (and its encryption) load only when opened: never on the way to the map.
function expectNoReportForm(scripts: StartupScripts): void {
  for (const script of [...scripts.firstScreen, ...scripts.deferred]) {
    expect(script.source, script.path).not.toContain('report-form')
    expect(script.source, script.path).not.toContain('AES-GCM')
  }
}

// Sizes are stable from run to run (unlike times), so the budget is checked here, in CI.
describe.runIf(inject('hasChromium'))('size budget', () => {
  const browser = usePhoneBrowser()

  it('loads at most 150 KB of gzipped JavaScript until the first screen shows, on the first run (notice, then map) and on a later visit; the report form is not in it', async () => {
    const page = await (await browser.newContext()).newPage()
    const firstRun = await firstRunScripts(page, inject('baseUrl'), inject('distDir'))
    const returning = await returningVisitScripts(page, inject('baseUrl'), inject('distDir'))
    console.log(describeVisit('first run (incl. the safety notice)', firstRun))
    console.log(describeVisit('returning visit', returning))

    for (const [visit, scripts] of [['first run', firstRun], ['later visit', returning]] as const) {
      expect(scripts.firstScreen.length, visit).toBeGreaterThan(0)
      expect(gzipTotal(scripts.firstScreen), `${visit}: first-screen JavaScript, gzip bytes`).toBeLessThanOrEqual(FIRST_SCREEN_JS_BUDGET_BYTES)
      expectNoReportForm(scripts)
    }
  })

  it('sends the app\'s code, styles and data compressed, so a phone downloads a fraction of their size', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(inject('baseUrl'))
    await page.locator('[data-testid="dataset-status"][data-phase="ready"]').waitFor({ state: 'attached' })
    const files = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).origin === location.origin && /\.(?:js|css|json)$/.test(new URL(entry.name).pathname))
        .map((entry) => ({ path: new URL(entry.name).pathname, wire: entry.encodedBodySize, size: entry.decodedBodySize })),
    )
    const large = files.filter((file) => file.size >= 4096)
    expect(large.map((file) => file.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/.+\.js$/), expect.stringMatching(/^\/data\/dataset\..+\.json$/)]))
    for (const file of large) expect(file.wire, `${file.path}: ${file.wire} bytes sent for ${file.size}`).toBeLessThan(file.size * 0.5)
  })
})
