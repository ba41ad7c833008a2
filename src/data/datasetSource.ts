import { datasetHashInput, datasetUrlFor, parseManifest, validateCommonShape, validateDatasetShape, validatePartShape, type Checked } from '@/domain/datasetUpdate'
import type { DatasetProblem } from '@/domain/datasetUpdateStatus'
import { MAX_DATASET_BYTES } from '@common/datasetShape'
import { partHashInput, type DatasetCommon, type DatasetPart } from '@common/datasetParts'
import type { Dataset, DatasetFileEntry, DatasetManifest, DatasetPartEntry } from '@common/place'
import { DATASET_CACHE } from '@/pwa/cacheNames'
import { sha256Hex } from './sha256'

export type Fetch = typeof fetch

/** A download's result: the checked value, or the problem and a developer-facing detail. */
export type Downloaded<T> =
  | { ok: true; value: T }
  | { ok: false; problem: Extract<DatasetProblem, 'offline' | 'download_failed' | 'too_large'>; detail: string }

/** The body as text, or null as soon as it is known to be longer than `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel()
    return null
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.byteLength
    if (length > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(chunk.value)
  }
  const bytes = new Uint8Array(length)
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0)
  return new TextDecoder().decode(bytes)
}

async function downloadJson(fetchFn: Fetch, url: string, init: RequestInit): Promise<Downloaded<unknown>> {
  let text: string | null
  try {
    const response = await fetchFn(url, init)
    if (!response.ok) return { ok: false, problem: 'download_failed', detail: `${url}: HTTP ${response.status}` }
    text = await readCapped(response, MAX_DATASET_BYTES)
    if (text === null) return { ok: false, problem: 'too_large', detail: `${url}: larger than ${MAX_DATASET_BYTES} bytes` }
  } catch (error) {
    // fetch (or reading its body) only throws when the network is gone or the connection dropped.
    return { ok: false, problem: 'offline', detail: `${url}: ${String(error)}` }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, problem: 'download_failed', detail: `${url}: not valid JSON (truncated or corrupt)` }
  }
}

function checked<T>(result: Checked<T>, url: string): Downloaded<T> {
  return result.ok ? result : { ok: false, problem: 'download_failed', detail: `${url}: ${result.problem}` }
}

/** Downloads and checks the manifest, always asking the server (or service worker) afresh. */
export async function fetchManifest(fetchFn: Fetch, manifestUrl: string): Promise<Downloaded<DatasetManifest>> {
  const downloaded = await downloadJson(fetchFn, manifestUrl, { cache: 'no-cache' })
  return downloaded.ok ? checked(parseManifest(downloaded.value), manifestUrl) : downloaded
}

/** Whether a checked file's content hashes to what it claims (WebCrypto's SHA-256, or the pure-JS suite on plain http). */
async function contentProblem(hashInput: string, hash: string): Promise<string | undefined> {
  const actual = await sha256Hex(hashInput)
  return actual === hash ? undefined : 'content does not match its SHA-256 hash'
}

/**
 * Deletes the service worker's copy of a dataset file that failed its checks: its route serves a
 * cached copy first, so a bad copy would otherwise be all the app ever got for that file.
 */
async function forgetCachedCopy(url: string): Promise<void> {
  if (typeof caches === 'undefined') return
  try {
    if (await caches.has(DATASET_CACHE)) await (await caches.open(DATASET_CACHE)).delete(url)
  } catch {
    // A cache that cannot be opened holds nothing to serve either.
  }
}

/** Downloads a content-addressed dataset file, checks its shape and its hash; a copy that fails is forgotten. */
async function checkedFile<T extends { hash: string }>(fetchFn: Fetch, url: string, shape: (json: unknown) => Checked<T>, hashInput: (value: T) => string): Promise<Downloaded<T>> {
  // The file name carries the content hash, so a cached copy is always the right one.
  const downloaded = await downloadJson(fetchFn, url, {})
  const result: Downloaded<T> = !downloaded.ok ? downloaded : checked(shape(downloaded.value), url)
  const problem = result.ok ? await contentProblem(hashInput(result.value), result.value.hash) : undefined
  const final: Downloaded<T> = problem ? { ok: false, problem: 'download_failed', detail: `${url}: ${problem}` } : result
  if (!final.ok && final.problem === 'download_failed') await forgetCachedCopy(url)
  return final
}

/** Downloads the dataset the manifest names and checks it is complete, intact and is that dataset. */
export function fetchDataset(fetchFn: Fetch, manifestUrl: string, manifest: DatasetManifest): Promise<Downloaded<Dataset>> {
  return checkedFile(fetchFn, datasetUrlFor(manifestUrl, manifest), (json) => validateDatasetShape(json, manifest), datasetHashInput)
}

/** Downloads one province's part the manifest lists and checks it is complete, intact and is that part. */
export function fetchPart(fetchFn: Fetch, manifestUrl: string, entry: DatasetPartEntry): Promise<Downloaded<DatasetPart>> {
  return checkedFile(fetchFn, datasetUrlFor(manifestUrl, entry), (json) => validatePartShape(json, entry), partHashInput)
}

/** Downloads the common file (districts, hotlines, attribution) the manifest lists and checks it. */
export function fetchCommon(fetchFn: Fetch, manifestUrl: string, entry: DatasetFileEntry): Promise<Downloaded<DatasetCommon>> {
  return checkedFile(fetchFn, datasetUrlFor(manifestUrl, entry), (json) => validateCommonShape(json, entry), partHashInput)
}
