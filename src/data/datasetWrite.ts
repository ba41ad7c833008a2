import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { Dataset } from '@common/place'

// The dataset write with the browser's own IndexedDB API, for the dataset Worker: Dexie would bring
// 31 KB of gzipped JavaScript into a first visit for one transaction. It writes exactly what
// replaceDataset (datasetRepository.ts) writes, into the stores the app's Dexie schema made.

const DATASET_STORES = ['meta', 'places', 'districts', 'hotlines'] as const
// database.ts: DATASET_META_KEY (not imported: that module brings Dexie).
const META_KEY = 'dataset'

function opened(databaseName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName)
    // The page opens (and so creates) the database before it stores a dataset; a missing one was
    // deleted meanwhile (quick exit): make nothing.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB could not open ${databaseName}`))
  })
}

/** Replaces the stored dataset in `databaseName` (all or nothing), as `replaceDataset` does. */
export async function writeDataset(databaseName: string, dataset: Dataset, meta: DatasetMeta): Promise<void> {
  const db = await opened(databaseName)
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction([...DATASET_STORES], 'readwrite')
      transaction.oncomplete = () => resolve()
      transaction.onabort = () => reject(transaction.error ?? new Error('the dataset write was aborted'))
      const store = (name: (typeof DATASET_STORES)[number]) => transaction.objectStore(name)
      for (const name of ['places', 'districts', 'hotlines'] as const) store(name).clear()
      for (const place of dataset.places) store('places').add(place)
      for (const district of dataset.districts) store('districts').add(district)
      dataset.hotlines.forEach((hotline, position) => store('hotlines').add({ ...hotline, position }))
      store('meta').put({ ...meta, key: META_KEY })
    })
  } finally {
    db.close()
  }
}
