import { canonicalJson } from '@common/canonicalJson'
import { provinceOf, type DatasetCommon, type DatasetPart } from '@common/datasetParts'
import { districtsProblem, hotlinesProblem, placesProblem } from '@common/datasetShape'
import type { StoredSplit } from './datasetParts'
import type { Bounds, Dataset, DatasetFileEntry, DatasetManifest, DatasetPartEntry } from '@common/place'

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
  /** Stored from a split dataset: which province parts (and common file) are on the phone. */
  split?: StoredSplit
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

/** A dataset file's URL (the manifest's `file`, or a part's), in the manifest's folder. */
export function datasetUrlFor(manifestUrl: string, entry: { file: string }): string {
  return manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1) + entry.file
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

function fileEntry(json: unknown): DatasetFileEntry | undefined {
  if (!isRecord(json) || typeof json.file !== 'string' || !DATASET_FILE_NAME.test(json.file)) return undefined
  return typeof json.hash === 'string' && /^[0-9a-f]{64}$/.test(json.hash) ? { file: json.file, hash: json.hash } : undefined
}

function bounds(json: unknown): Bounds | null | undefined {
  if (json === null) return null
  if (!isRecord(json)) return undefined
  const { south, west, north, east } = json
  const all = [south, west, north, east]
  return all.every((value) => typeof value === 'number' && Number.isFinite(value)) ? { south, west, north, east } as Bounds : undefined
}

function partEntry(json: unknown): DatasetPartEntry | undefined {
  const entry = fileEntry(json)
  if (!entry || !isRecord(json) || !isCount(json.province) || !isCount(json.placeCount)) return undefined
  const { name } = json
  if (!isRecord(name) || typeof name.th !== 'string' || (name.en !== undefined && typeof name.en !== 'string')) return undefined
  const box = bounds(json.bounds)
  if (box === undefined) return undefined
  return { ...entry, province: json.province, name: { th: name.th, ...(name.en === undefined ? {} : { en: name.en as string }) }, placeCount: json.placeCount, bounds: box }
}

/** The manifest's split (common file and province parts), absent when it lists none; undefined when it is malformed. */
function split(json: Record<string, unknown>, placeCount: number): Pick<DatasetManifest, 'common' | 'parts'> | undefined {
  if (json.common === undefined && json.parts === undefined) return {}
  const common = fileEntry(json.common)
  if (!common || !Array.isArray(json.parts)) return undefined
  const parts = json.parts.map(partEntry)
  if (!parts.every((part) => part !== undefined)) return undefined
  if (new Set(parts.map((part) => part.province)).size !== parts.length) return undefined
  return parts.reduce((sum, part) => sum + part.placeCount, 0) === placeCount ? { common, parts } : undefined
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
  if (!isCount(placeCount)) return { ok: false, problem: 'manifest placeCount is not a count' }
  const parts = split(json, placeCount)
  if (!parts) return { ok: false, problem: 'manifest parts are not a list of province files adding up to placeCount' }
  return { ok: true, value: { version, hash, file, placeCount, ...parts } }
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
    attributionProblem(json.attribution) ??
    (json.demo === undefined || json.demo === true ? undefined : 'demo is neither true nor absent')
  if (problem) return { ok: false, problem }
  const dataset = json as unknown as Dataset
  if (dataset.places.length !== manifest.placeCount) {
    return { ok: false, problem: `dataset has ${dataset.places.length} places, the manifest says ${manifest.placeCount}` }
  }
  return { ok: true, value: dataset }
}

function attributionProblem(value: unknown): string | undefined {
  return Array.isArray(value) && value.every((line) => typeof line === 'string') ? undefined : 'attribution is not a list of text'
}

/** Checks a downloaded part is the one the manifest lists (hash, province, count) and its places have the app's shape. */
export function validatePartShape(json: unknown, entry: DatasetPartEntry): Checked<DatasetPart> {
  if (!isRecord(json)) return { ok: false, problem: 'part is not an object' }
  if (json.hash !== entry.hash || json.province !== entry.province) return { ok: false, problem: 'part differs from the manifest' }
  const problem = placesProblem(json.places)
  if (problem) return { ok: false, problem }
  const part = json as unknown as DatasetPart
  if (part.places.length !== entry.placeCount) return { ok: false, problem: `part has ${part.places.length} places, the manifest says ${entry.placeCount}` }
  if (part.places.some((place) => provinceOf(place.districtCode) !== entry.province)) return { ok: false, problem: 'part holds a place of another province' }
  return { ok: true, value: part }
}

/** Checks a downloaded common file is the one the manifest lists and has the app's shape. */
export function validateCommonShape(json: unknown, entry: DatasetFileEntry): Checked<DatasetCommon> {
  if (!isRecord(json)) return { ok: false, problem: 'common file is not an object' }
  if (json.hash !== entry.hash) return { ok: false, problem: 'common file differs from the manifest' }
  const problem = districtsProblem(json.districts) ?? hotlinesProblem(json.hotlines) ?? attributionProblem(json.attribution)
  return problem ? { ok: false, problem } : { ok: true, value: json as unknown as DatasetCommon }
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
