import { datasetHashInput, datasetUrlFor, parseManifest, validateDatasetShape, type Checked } from '@/domain/datasetUpdate'
import type { DatasetProblem } from '@/domain/datasetUpdateStatus'
import { MAX_DATASET_BYTES } from '@common/datasetShape'
import type { Dataset, DatasetManifest } from '@common/place'
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

async function contentProblem(dataset: Dataset): Promise<string | undefined> {
  const actual = await sha256Hex(datasetHashInput(dataset))
  return actual === dataset.hash ? undefined : 'content does not match its SHA-256 hash'
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

async function checkedDataset(fetchFn: Fetch, url: string, manifest: DatasetManifest): Promise<Downloaded<Dataset>> {
  // The file name carries the content hash, so a cached copy is always the right one.
  const downloaded = await downloadJson(fetchFn, url, {})
  if (!downloaded.ok) return downloaded
  const shaped = checked(validateDatasetShape(downloaded.value, manifest), url)
  if (!shaped.ok) return shaped
  const problem = await contentProblem(shaped.value)
  return problem ? { ok: false, problem: 'download_failed', detail: `${url}: ${problem}` } : shaped
}

/** Downloads the dataset the manifest names and checks it is complete, intact and is that dataset. */
export async function fetchDataset(fetchFn: Fetch, manifestUrl: string, manifest: DatasetManifest): Promise<Downloaded<Dataset>> {
  const url = datasetUrlFor(manifestUrl, manifest)
  const result = await checkedDataset(fetchFn, url, manifest)
  if (!result.ok && result.problem === 'download_failed') await forgetCachedCopy(url)
  return result
}
