import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { Dataset } from '@common/place'
import type { PartsChange } from './datasetRepository'

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

function done(request: IDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error('an IndexedDB request failed'))
  })
}

/** One readwrite transaction over the dataset's stores; `write` queues its requests, the promise settles with the transaction. */
async function inTransaction(databaseName: string, write: (store: (name: (typeof DATASET_STORES)[number]) => IDBObjectStore) => Promise<void>): Promise<void> {
  const db = await opened(databaseName)
  try {
    const transaction = db.transaction([...DATASET_STORES], 'readwrite')
    const finished = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve()
      transaction.onabort = () => reject(transaction.error ?? new Error('the dataset write was aborted'))
    })
    try {
      await write((name) => transaction.objectStore(name))
    } catch (error) {
      // Nothing of a write that went wrong half-way is kept.
      if (!transaction.error) transaction.abort()
      await finished.catch(() => undefined)
      throw error
    }
    await finished
  } finally {
    db.close()
  }
}

/** Replaces the stored dataset in `databaseName` (all or nothing), as `replaceDataset` does. */
export function writeDataset(databaseName: string, dataset: Dataset, meta: DatasetMeta): Promise<void> {
  return inTransaction(databaseName, async (store) => {
    for (const name of ['places', 'districts', 'hotlines'] as const) store(name).clear()
    for (const place of dataset.places) store('places').add(place)
    for (const district of dataset.districts) store('districts').add(district)
    dataset.hotlines.forEach((hotline, position) => store('hotlines').add({ ...hotline, position }))
    store('meta').put({ ...meta, key: META_KEY })
  })
}

/** Replaces some provinces' places (and the common data) in `databaseName` (all or nothing), as `replaceParts` does. */
export function writeParts(databaseName: string, change: PartsChange, meta: DatasetMeta): Promise<void> {
  return inTransaction(databaseName, async (store) => {
    const places = store('places')
    const cleared = [...change.drop, ...change.parts.map((part) => part.province)]
    // Old places of these provinces go first, then the new ones (a place may keep its id).
    const keys = await Promise.all(cleared.map((province) => keysOf(places.index('districtCode').getAllKeys(provinceRange(province)))))
    for (const key of keys.flat()) places.delete(key)
    for (const part of change.parts) for (const place of part.places) places.put(place)
    if (change.common) {
      store('districts').clear()
      store('hotlines').clear()
      for (const district of change.common.districts) store('districts').add(district)
      change.common.hotlines.forEach((hotline, position) => store('hotlines').add({ ...hotline, position }))
    }
    store('meta').put({ ...meta, key: META_KEY })
  })
}

function keysOf(request: IDBRequest<IDBValidKey[]>): Promise<IDBValidKey[]> {
  return done(request).then(() => request.result)
}

/** The district codes of a province: 10 → 1000–1099. */
function provinceRange(province: number): IDBKeyRange {
  return IDBKeyRange.bound(province * 100, province * 100 + 99)
}
