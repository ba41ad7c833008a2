import type { Hotline } from '@common/place'
import { fetchDataset, fetchManifest, type Fetch } from '@/data/datasetSource'

/** Where the server publishes the dataset (the resident app reads the same file). */
const MANIFEST_URL = '/data/manifest.json'

/** The hotlines of the dataset the server publishes (real numbers, also on a workshop's demo dataset); null when it cannot be read. */
export async function loadPublishedHotlines(fetchFn: Fetch = fetch.bind(globalThis)): Promise<Hotline[] | null> {
  const manifest = await fetchManifest(fetchFn, MANIFEST_URL)
  if (!manifest.ok) return null
  const dataset = await fetchDataset(fetchFn, MANIFEST_URL, manifest.value)
  return dataset.ok ? dataset.value.hotlines : null
}
