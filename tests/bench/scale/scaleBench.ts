// The app at 139 (published) / 10,000 / 100,000 (synthetic) places, each served from its own copy of the build.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { canonicalJson } from '@common/canonicalJson'
import { MAX_DATASET_BYTES } from '@common/datasetShape'
import { splitDataset } from '@common/datasetParts'
import type { Dataset, DatasetManifest } from '@common/place'
import { sha256Hex } from '../../../geo/build/hash'
import { partFetchOrder, START_VIEW_CENTRE } from '../../../src/domain/datasetParts'
import { LIVE_BROTLI_QUALITY } from '../../../server/http/compressedBody'
import { servePrivateCopy } from '../../e2e/support/preview'
import { median } from '../stats'
import { nearestTenMs, rankHurtMs, searchMs } from './queries'
import { scaleRun, type ScaleFigures } from './scaleRun'
import { syntheticDataset } from './syntheticDataset'

/** Synthetic sizes, with runs and a per-run time limit each (100,000 took 85 s on a first visit in #14). */
const SIZES = [
  { count: 10_000, runs: 3, timeoutMs: 180_000 },
  { count: 100_000, runs: 1, timeoutMs: 480_000 },
] as const
const PUBLISHED_RUNS = 3
const PUBLISHED_TIMEOUT_MS = 120_000
const SEARCH_QUERY = 'ตำรวจ 42'

export interface ScaleColumn {
  places: number
  runs: ScaleFigures[]
  /** Why the browser runs of this size stopped, if they did (the Node figures still stand). */
  failure?: string
  /** Dataset bytes a first visit fetches before its first marker: the whole file before the split; manifest, common file and the start view's part after. */
  bytes: DatasetBytes
  /** Node, the app's own src/domain functions over this dataset. */
  nearestTenMs: number
  searchMs: number
  rankHurtMs: number
}

/** The build's published dataset. */
export async function publishedDataset(buildDir: string): Promise<Dataset> {
  const manifest = JSON.parse(await readFile(join(buildDir, 'data', 'manifest.json'), 'utf8')) as DatasetManifest
  return JSON.parse(await readFile(join(buildDir, 'data', manifest.file), 'utf8')) as Dataset
}

export interface DatasetBytes {
  whole: number
  beforeFirstMarker: number
  /** The same files as the server sends them to a browser that accepts brotli. */
  beforeFirstMarkerBrotli: number
  parts: number
  largestFile: number
}

/** What the app downloads before its first marker, from the files the server publishes (src/domain/datasetParts.ts's order). */
function datasetBytes(dataset: Dataset): DatasetBytes {
  const whole: DatasetManifest = { version: dataset.version, hash: dataset.hash, file: `dataset.${dataset.hash.slice(0, 8)}.json`, placeCount: dataset.places.length }
  const { manifest, files } = splitDataset(dataset, whole, sha256Hex)
  const first = partFetchOrder(manifest.parts!, START_VIEW_CENTRE)[0]!
  const manifestBytes = Buffer.byteLength(JSON.stringify(manifest))
  const filesFirst = [manifest.common!.file, first.file].map((name) => files.find((file) => file.name === name)!.body)
  // The server compresses the dataset files, not the manifest.
  const brotli = (body: string) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: LIVE_BROTLI_QUALITY } }).length
  return {
    whole: Buffer.byteLength(JSON.stringify(whole)) + Buffer.byteLength(canonicalJson(dataset)),
    beforeFirstMarker: filesFirst.reduce((sum, body) => sum + Buffer.byteLength(body), manifestBytes),
    beforeFirstMarkerBrotli: filesFirst.reduce((sum, body) => sum + brotli(body), manifestBytes),
    parts: manifest.parts!.length,
    largestFile: Math.max(...files.map((file) => Buffer.byteLength(file.body))),
  }
}

function queryFigures(dataset: Dataset): Pick<ScaleColumn, 'nearestTenMs' | 'searchMs' | 'rankHurtMs' | 'bytes'> {
  return { nearestTenMs: nearestTenMs(dataset).queryMs, searchMs: searchMs(dataset, SEARCH_QUERY), rankHurtMs: rankHurtMs(dataset), bytes: datasetBytes(dataset) }
}

/** `count` runs; a run that fails ends the column with what it had, so one size never loses the others. */
async function runs(count: number, run: () => Promise<ScaleFigures>): Promise<Pick<ScaleColumn, 'runs' | 'failure'>> {
  const results: ScaleFigures[] = []
  try {
    for (let i = 0; i < count; i++) results.push(await run())
    return { runs: results }
  } catch (error) {
    return { runs: results, failure: error instanceof Error ? error.message.split('\n')[0] : String(error) }
  }
}

/** Every column of the scale table; `log` hears about each run as it ends (the 100,000 one is long). */
export async function scaleBench(browser: Browser, buildDir: string, appUrl: string, log: (line: string) => void): Promise<ScaleColumn[]> {
  const published = await publishedDataset(buildDir)
  // Node's figures first, while no server of the bench is busy (compressing a part, storing a dataset) on the other core.
  const publishedQueries = queryFigures(published)
  const columns: ScaleColumn[] = [{ places: published.places.length, ...(await runs(PUBLISHED_RUNS, () => scaleRun(browser, appUrl, PUBLISHED_TIMEOUT_MS))), ...publishedQueries }]
  log(`  scale ${published.places.length} places: ${columns[0]!.failure ?? 'done'}`)
  for (const size of SIZES) {
    const synthetic = syntheticDataset(published, size.count)
    const { largestFile } = datasetBytes(synthetic.dataset)
    if (largestFile > MAX_DATASET_BYTES) {
      // The app refuses a file over its cap before reading it (and would wait for a marker that never comes).
      const failure = `a ${(largestFile / 1e6).toFixed(1)} MB part is over the app's ${MAX_DATASET_BYTES / 1024 / 1024} MiB cap: not run in the browser`
      columns.push({ places: size.count, runs: [], failure, ...queryFigures(synthetic.dataset) })
      log(`  scale ${size.count} places: ${failure}`)
      continue
    }
    const queries = queryFigures(synthetic.dataset)
    const served = await servePrivateCopy(buildDir)
    try {
      // The server serves the manifest and dataset from its database, not from the build's data/ folder.
      await served.publish(synthetic.dataset)
      const column: ScaleColumn = { places: size.count, ...(await runs(size.runs, () => scaleRun(browser, served.url, size.timeoutMs))), ...queries }
      columns.push(column)
      log(`  scale ${size.count} places: ${column.failure ?? 'done'}`)
    } finally {
      await served.close()
    }
  }
  return columns
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0)

/** Rows of the scale table: one column per dataset size, a goal column last. */
export function scaleRows(columns: readonly ScaleColumn[]): { header: string[]; rows: string[][]; failures: string[] } {
  const base = columns[0]
  const cell = (pick: (figures: ScaleFigures) => number, digits = 0, relative = false) =>
    columns.map((column) => {
      if (column.runs.length === 0) return 'n/a'
      const value = median(column.runs.map(pick))
      const ratio = relative && base && column !== base ? ` (${(value / median(base.runs.map(pick))).toFixed(1)}×)` : ''
      return `${value.toFixed(digits)}${ratio}`
    })
  const only = (places: number, value: (column: ScaleColumn) => number, digits: number) =>
    columns.map((column) => (column.places === places ? value(column).toFixed(digits) : '—'))
  return {
    header: ['app, per dataset size', ...columns.map((column) => `${column.places.toLocaleString('en')} (n=${column.runs.length})`), 'goal'],
    rows: [
      ['warm start to first marker (ms)', ...cell((f) => f.warm.firstMarkerMs, 0, true), '10k ≤ 1.5×, 100k ≤ 3×'],
      ['warm main-thread CPU to marker (ms)', ...cell((f) => f.warm.taskMs, 0, true), ''],
      ['first visit to first marker (ms)', ...cell((f) => f.firstVisitMarkerMs), ''],
      ['dataset KB before first marker, split', ...columns.map((column) => `${kb(column.bytes.beforeFirstMarker)} of ${column.bytes.parts} parts`), ''],
      ['  the same, sent compressed (brotli)', ...columns.map((column) => kb(column.bytes.beforeFirstMarkerBrotli)), ''],
      ['  the same, whole file (before the split)', ...columns.map((column) => kb(column.bytes.whole)), ''],
      ['pan: longest long task (ms)', ...cell((f) => f.pan.longestMs), '< 50 at 10k'],
      ['pan: long tasks (count / total ms)', ...columns.map((column) => `${median(column.runs.map((f) => f.pan.longTasks))} / ${median(column.runs.map((f) => f.pan.totalMs)).toFixed(0)}`), ''],
      ['JS heap after GC, warm (MB)', ...cell((f) => f.warm.heapMb, 1), '< 60 at 100k'],
      ['browser runs that failed', ...columns.map((column) => (column.failure ? 'see below' : '—')), ''],
      ['nearest 10, Node (ms)', ...only(100_000, (column) => column.nearestTenMs, 4), '≤ 0.1 at 100k'],
      [`search "${SEARCH_QUERY}", Node (ms)`, ...only(10_000, (column) => column.searchMs, 2), '≤ 5 at 10k'],
      ['rank for "hurt" from a point, Node (ms)', ...columns.map((column) => column.rankHurtMs.toFixed(2)), 'a few ms at 10k'],
    ],
    failures: columns.flatMap((column) => (column.failure ? [`${column.places.toLocaleString('en')} places: ${column.failure}`] : [])),
  }
}
