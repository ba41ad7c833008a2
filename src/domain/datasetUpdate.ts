import { canonicalJson } from '@common/canonicalJson'
import { districtsProblem, hotlinesProblem, placesProblem } from '@common/datasetShape'
import type { Dataset, DatasetManifest } from '@common/place'

/** What the app remembers about the dataset it has stored (one `meta` row). */
export interface DatasetMeta {
  version: string
  hash: string
  /** ISO time the dataset was downloaded. */
  fetchedAt: string
  /** ISO time the app last asked the server whether a newer dataset exists (and got an answer). */
  checkedAt?: string
  placeCount: number
  attribution: string[]
  /** A workshop's fictional practice dataset (`Dataset.demo`); absent on real data. */
  demo?: true
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string }

const MANIFEST_PATH = 'data/manifest.json'
// The build names the dataset `dataset.<hash8>.json` next to the manifest; anything with a slash,
// `..` or a scheme could send the app to another place, so it is refused.
const DATASET_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The manifest's URL under the app's base path (Vite's BASE_URL, with or without a trailing slash). */
export function manifestUrlFor(baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${MANIFEST_PATH}`
}

/** The dataset file's URL: the manifest's `file`, in the manifest's folder. */
export function datasetUrlFor(manifestUrl: string, manifest: DatasetManifest): string {
  return manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1) + manifest.file
}

/** Checks parsed JSON is a usable DatasetManifest. */
export function parseManifest(json: unknown): Checked<DatasetManifest> {
  if (!isRecord(json)) return { ok: false, problem: 'manifest is not an object' }
  const { version, hash, file, placeCount } = json
  if (typeof version !== 'string' || version === '') return { ok: false, problem: 'manifest version is missing' }
  if (typeof hash !== 'string' || hash === '') return { ok: false, problem: 'manifest hash is missing' }
  if (typeof file !== 'string' || !DATASET_FILE_NAME.test(file)) {
    return { ok: false, problem: 'manifest file is not a plain .json file name' }
  }
  if (typeof placeCount !== 'number' || !Number.isInteger(placeCount) || placeCount < 0) {
    return { ok: false, problem: 'manifest placeCount is not a count' }
  }
  return { ok: true, value: { version, hash, file, placeCount } }
}

/**
 * Whether the dataset the manifest names must be downloaded: nothing stored yet, or a different
 * version (or the same version rebuilt with different content).
 */
export function shouldUpdate(stored: Pick<DatasetMeta, 'version' | 'hash'> | undefined, manifest: DatasetManifest): boolean {
  return stored === undefined || stored.version !== manifest.version || stored.hash !== manifest.hash
}

/**
 * Checks a downloaded dataset is the one the manifest announced (same version, hash and place
 * count) and that every record has the shape the app relies on. A truncated or mixed-up download
 * fails here, before anything is written.
 */
export function validateDatasetShape(json: unknown, manifest: DatasetManifest): Checked<Dataset> {
  if (!isRecord(json)) return { ok: false, problem: 'dataset is not an object' }
  if (json.version !== manifest.version) return { ok: false, problem: 'dataset version differs from the manifest' }
  if (json.hash !== manifest.hash) return { ok: false, problem: 'dataset hash differs from the manifest' }
  const problem =
    placesProblem(json.places) ??
    districtsProblem(json.districts) ??
    hotlinesProblem(json.hotlines) ??
    (Array.isArray(json.attribution) && json.attribution.every((line) => typeof line === 'string')
      ? undefined
      : 'attribution is not a list of text') ??
    (json.demo === undefined || json.demo === true ? undefined : 'demo is neither true nor absent')
  if (problem) return { ok: false, problem }
  const dataset = json as unknown as Dataset
  if (dataset.places.length !== manifest.placeCount) {
    return { ok: false, problem: `dataset has ${dataset.places.length} places, the manifest says ${manifest.placeCount}` }
  }
  return { ok: true, value: dataset }
}

/**
 * The text whose SHA-256 is the dataset's hash: the canonical JSON of everything but version and
 * hash, exactly as the build hashes it, so a flipped digit in a phone number is caught too.
 */
export function datasetHashInput({ version: _version, hash: _hash, ...content }: Dataset): string {
  return canonicalJson(content)
}

/** The meta row to store for a freshly downloaded dataset. */
export function metaForDataset(dataset: Dataset, fetchedAt: Date): DatasetMeta {
  return {
    version: dataset.version,
    hash: dataset.hash,
    fetchedAt: fetchedAt.toISOString(),
    checkedAt: fetchedAt.toISOString(),
    placeCount: dataset.places.length,
    attribution: dataset.attribution,
    ...(dataset.demo === true ? { demo: true } : {}),
  }
}
