// App versus the plain-Leaflet baseline: Lighthouse (first visit and returning visit) and warm-start CPU.
import type { Browser } from 'playwright-core'
import type { VisitCost } from './mainThread'
import { lighthouseRun, type LighthouseFigures, type Prime } from './lighthouse'
import { median } from './stats'
import type { Subject } from './subjects'
import { interleavedWarmVisits } from './warmCpu'

export const LIGHTHOUSE_RUNS = 3
export const WARM_RUNS = 5

export interface LighthouseResults {
  /** Lighthouse as it runs by default: storage cleared, so the app shows its first-run safety notice. */
  first: Map<string, LighthouseFigures[]>
  /** Storage and cache kept from a visit past the notice: the app opens on its map screen. */
  returning: Map<string, LighthouseFigures[]>
}

/** Lighthouse runs interleaved app, baseline, app, … so a load spike hits both alike. */
export async function lighthouseComparison(subjects: readonly Subject[], log: (line: string) => void): Promise<LighthouseResults> {
  const results: LighthouseResults = { first: new Map(), returning: new Map() }
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    for (const visit of ['first', 'returning'] as const) {
      for (const subject of subjects) {
        const prime: Prime | undefined = visit === 'returning' ? (page) => subject.firstVisit(page) : undefined
        const figures = await lighthouseRun(subject.url, prime)
        const list = results[visit].get(subject.name) ?? []
        list.push(figures)
        results[visit].set(subject.name, list)
        log(`  lighthouse ${visit} visit, ${subject.name}, run ${run + 1}: LCP ${figures.lcpMs.toFixed(0)} ms, TBT ${figures.tbtMs.toFixed(0)} ms, perf ${figures.performance}, a11y ${figures.accessibility}`)
      }
    }
  }
  return results
}

export async function cpuComparison(browser: Browser, subjects: readonly Subject[]): Promise<Map<string, VisitCost[]>> {
  return interleavedWarmVisits(browser, subjects, WARM_RUNS)
}

type Row = string[]

function ratioRow<T>(label: string, results: Map<string, T[]>, pick: (value: T) => number, digits: number, goal: string): Row {
  const app = median((results.get('app') ?? []).map(pick))
  const baseline = median((results.get('baseline') ?? []).map(pick))
  const ratio = app / baseline
  return [label, app.toFixed(digits), baseline.toFixed(digits), Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a', goal]
}

/** Rows of the app | baseline | ratio | goal table, from whichever parts ran. */
export function comparisonRows(lighthouse: LighthouseResults | undefined, cpu: Map<string, VisitCost[]> | undefined): Row[] {
  const rows: Row[] = []
  if (lighthouse) {
    const { first, returning } = lighthouse
    rows.push(
      [`Lighthouse mobile, first visit (median of ${LIGHTHOUSE_RUNS})`, '', '', '', ''],
      ratioRow('  LCP (ms)', first, (f) => f.lcpMs, 0, 'ratio ≤ 1.2'),
      ratioRow('  TBT (ms)', first, (f) => f.tbtMs, 0, 'ratio ≤ 1.2'),
      ratioRow('  performance score', first, (f) => f.performance, 0, '≥ 90'),
      ratioRow('  accessibility score', first, (f) => f.accessibility, 0, '100'),
      ratioRow('  JS transferred (KB)', first, (f) => f.scriptTransferKb, 1, ''),
      [`Lighthouse mobile, returning visit (storage kept)`, '', '', '', ''],
      ratioRow('  LCP (ms)', returning, (f) => f.lcpMs, 0, 'ratio ≤ 1.2'),
      ratioRow('  TBT (ms)', returning, (f) => f.tbtMs, 0, 'ratio ≤ 1.2'),
      ratioRow('  performance score', returning, (f) => f.performance, 0, '≥ 90'),
      ratioRow('  JS transferred (KB)', returning, (f) => f.scriptTransferKb, 1, ''),
    )
  }
  if (cpu) {
    rows.push(
      [`Warm start to first marker, CDP (median of ${WARM_RUNS})`, '', '', '', ''],
      ratioRow('  main-thread CPU (ms)', cpu, (c) => c.taskMs, 0, 'ratio ≤ 1.2'),
      ratioRow('    of which script (ms)', cpu, (c) => c.scriptMs, 0, ''),
      ratioRow('    of which layout + style (ms)', cpu, (c) => c.layoutStyleMs, 0, ''),
      ratioRow('  time to first marker (ms)', cpu, (c) => c.firstMarkerMs, 0, ''),
      ratioRow('  JS heap after GC (MB)', cpu, (c) => c.heapMb, 1, ''),
    )
  }
  return rows
}

/** Which element Lighthouse took as each page's LCP, per visit: it tells which screen LCP is on. */
export function lcpElementLines(lighthouse: LighthouseResults): string[] {
  return (['first', 'returning'] as const).flatMap((visit) =>
    [...lighthouse[visit]].map(([name, runs]) => `LCP element, ${visit} visit, ${name}: ${[...new Set(runs.map((run) => run.lcpElement))].join(' | ')}`),
  )
}
