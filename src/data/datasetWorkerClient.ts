import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { Dataset } from '@common/place'
import type { SafeSpaceDb } from './database'
import { replaceDataset, replaceParts, type PartsChange } from './datasetRepository'
import type { StoreAnswer, StoreRequest } from './datasetWorker'

/** Sends one write to a module Worker of its own, which ends when it is done; a failure rejects with an Error of the same name. */
async function inWorker(request: StoreRequest): Promise<void> {
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' })
  try {
    const answer = await new Promise<StoreAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<StoreAnswer>) => resolve(event.data)
      worker.onerror = (event) => reject(new Error(`dataset worker failed: ${event.message}`))
      worker.postMessage(request)
    })
    if (!answer.ok) throw Object.assign(new Error(answer.message), { name: answer.name })
  } finally {
    worker.terminate()
  }
}

/**
 * Replaces the stored dataset as replaceDataset does (all or nothing), in a module Worker of its
 * own that ends when it is done; where the browser has no Worker, on this thread. A failure
 * rejects with an Error of the same name (QuotaExceededError for a full disk).
 */
export async function storeDatasetOffMainThread(db: SafeSpaceDb, dataset: Dataset, meta: DatasetMeta): Promise<void> {
  if (typeof Worker === 'undefined') return replaceDataset(db, dataset, meta)
  return inWorker({ databaseName: db.name, dataset, meta })
}

/** Stores downloaded parts as replaceParts does (all or nothing), in the same kind of Worker. */
export async function storePartsOffMainThread(db: SafeSpaceDb, parts: PartsChange, meta: DatasetMeta): Promise<void> {
  if (typeof Worker === 'undefined') return replaceParts(db, parts, meta)
  return inWorker({ databaseName: db.name, parts, meta })
}
