// `npm run bench [-- --only=sizes,load,server,reports,lighthouse,cpu,scale]`: prints speed and size figures for the notes.
// Nothing here asserts a time: these machines are shared and noisy, so figures are read, compared
// (against the plain-Leaflet baseline, issue #14) and written down, with the machine's load beside them.
import * as chromeLauncher from 'chrome-launcher'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../e2e/support/chromium'
import { serveFreshBuild } from '../e2e/support/preview'
import { buildBaseline } from './baseline/buildBaseline'
import { comparisonRows, cpuComparison, LIGHTHOUSE_RUNS, lcpElementLines, lighthouseComparison, WARM_RUNS, type LighthouseResults } from './comparison'
import { firstMarkerLines } from './firstMarker'
import type { VisitCost } from './mainThread'
import { benchRanking } from './ranking'
import { benchServerLoad } from './serverLoad'
import { benchReportIntake } from './reportIntake'
import { scaleBench, scaleRows, type ScaleColumn } from './scale/scaleBench'
import { sizeLines } from './sizes'
import { loadLine } from './stats'
import { serveFolderOnLoopback, type ServedFolder } from './staticServer'
import { appSubject, baselineSubject } from './subjects'
import { sideBySide, textTable } from './table'

const PARTS = ['sizes', 'load', 'server', 'reports', 'lighthouse', 'cpu', 'scale'] as const
type Part = (typeof PARTS)[number]

/** The whole bench stops by itself after this, whatever hangs. */
const WHOLE_BENCH_LIMIT_MS = 45 * 60_000

function selectedParts(args: readonly string[]): Set<Part> {
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
  if (!only) return new Set(PARTS)
  const asked = only.split(',')
  const unknown = asked.filter((part) => !PARTS.includes(part as Part))
  if (unknown.length > 0) throw new Error(`Unknown bench part(s): ${unknown.join(', ')}. Choose from: ${PARTS.join(', ')} (comma-separated).`)
  return new Set(asked as Part[])
}

const started = Date.now()
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

/** Runs one part; a part that fails prints why and the others still run. */
async function part<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  log(`${name}: start (${loadLine()})`)
  try {
    const result = await run()
    log(`${name}: done`)
    return result
  } catch (error) {
    log(`${name}: FAILED — ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

/** How each figure was taken, for the parts that ran. */
function notes(ran: { lighthouse?: unknown; cpu?: unknown; scale?: unknown }): string[] {
  return [
    ...(ran.lighthouse
      ? [
          `Lighthouse 12.8 mobile defaults (simulated Slow 4G, 4× CPU), ${LIGHTHOUSE_RUNS} runs of each, interleaved, one fresh Chromium per run, tile host blocked.`,
          '"First visit": Lighthouse clears the origin\'s storage, so the app opens on its first-run safety notice and its LCP is on that notice.',
          '"Returning visit": storage and cache kept from a visit past the notice, so the app opens on the map screen and its LCP is there.',
        ]
      : []),
    ...(ran.cpu ? [`Warm CPU: CDP Performance TaskDuration (thread time), navigation to the 'first-marker-painted' mark, second visit in a new tab, n=${WARM_RUNS} interleaved.`] : []),
    ...(ran.scale
      ? ['Scale: seeded synthetic copies of the published places (same kind and visibility proportions), served in place of the dataset in a copy of the app build;', 'pan = 6 keyboard pans of 80 px; long tasks from PerformanceObserver; heap = JSHeapUsedSize after a forced GC at the first marker.']
      : []),
  ]
}

async function main(parts: Set<Part>): Promise<void> {
  const loadBefore = loadLine()
  const app = await serveFreshBuild('bench')
  let baseline: ServedFolder | undefined
  let browser: Browser | undefined
  const printed: string[] = []
  try {
    baseline = await serveFolderOnLoopback(await buildBaseline(app.dir))
    const subjects = [appSubject(app.url), baselineSubject(baseline.url)]
    browser = await launchChromium()
    const chromiumBrowser = browser
    if (parts.has('sizes')) printed.push('Sizes', ...((await part('sizes', () => sizeLines(chromiumBrowser, app.url, app.dir))) ?? ['  failed, see above']).map((line) => `  ${line}`), '')
    if (parts.has('load')) {
      const lines = await part('first marker', () => firstMarkerLines(chromiumBrowser, app.url))
      printed.push('Time from navigation to first marker painted (390×844, Chromium headless, tiles stubbed)', ...(lines ?? ['failed, see above']).map((line) => `  ${line}`), '')
      printed.push('Ranking and search (Node, synthetic places)', ...benchRanking().map((line) => `  ${line}`), '')
    }
    // The API under load prints its own table (PGlite, and PostgreSQL when DATABASE_URL is set).
    if (parts.has('server')) await part('server load', () => benchServerLoad(app.url))
    // Report intake prints its own table too (its own servers; the load generator in a child process).
    if (parts.has('reports')) await part('report intake', benchReportIntake)
    const cpu: Map<string, VisitCost[]> | undefined = parts.has('cpu') ? await part('warm CPU', () => cpuComparison(chromiumBrowser, subjects)) : undefined
    const scale: ScaleColumn[] | undefined = parts.has('scale') ? await part('scale', () => scaleBench(chromiumBrowser, app.dir, app.url, log)) : undefined
    const lighthouse: LighthouseResults | undefined = parts.has('lighthouse') ? await part('lighthouse', () => lighthouseComparison(subjects, log)) : undefined

    const left = lighthouse || cpu ? textTable(['app vs plain-Leaflet baseline (same dataset)', 'app', 'baseline', 'ratio', 'goal'], comparisonRows(lighthouse, cpu)) : []
    const scaleTable = scale && scaleRows(scale)
    const right = scaleTable ? textTable(scaleTable.header, scaleTable.rows) : []
    if (left.length > 0 || right.length > 0) {
      printed.push(`Figures (${new Date().toISOString()}). Load before: ${loadBefore}; after: ${loadLine()}.`)
      printed.push(...sideBySide(left, right))
      if (scaleTable && scaleTable.failures.length > 0) printed.push('', ...scaleTable.failures.map((failure) => `Scale run failed at ${failure}`))
      if (lighthouse) printed.push('', ...lcpElementLines(lighthouse))
      printed.push('', ...notes({ lighthouse, cpu, scale }))
    }
  } finally {
    await browser?.close()
    await baseline?.close()
    await app.close()
  }
  console.log(`\n${printed.join('\n')}`)
  log(`bench finished in ${((Date.now() - started) / 60_000).toFixed(1)} min`)
}

const watchdog = setTimeout(() => {
  console.error(`Bench stopped: it ran longer than ${WHOLE_BENCH_LIMIT_MS / 60_000} min.`)
  chromeLauncher.killAll()
  process.exit(2)
}, WHOLE_BENCH_LIMIT_MS)
watchdog.unref()
// Chromium for Lighthouse runs detached: an interrupted bench must not leave it running.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    chromeLauncher.killAll()
    process.exit(130)
  })
}
await main(selectedParts(process.argv.slice(2)))
