import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { Dataset } from '@common/place'
import type { SafeSpaceDb } from './database'
import { replaceDataset } from './datasetRepository'
import type { StoreAnswer, StoreRequest } from './datasetWorker'

/**
 * Replaces the stored dataset as replaceDataset does (all or nothing), in a module Worker of its
 * own that ends when it is done; where the browser has no Worker, on this thread. A failure
 * rejects with an Error of the same name (QuotaExceededError for a full disk).
 */
export async function storeDatasetOffMainThread(db: SafeSpaceDb, dataset: Dataset, meta: DatasetMeta): Promise<void> {
  if (typeof Worker === 'undefined') return replaceDataset(db, dataset, meta)
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' })
  try {
    const answer = await new Promise<StoreAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<StoreAnswer>) => resolve(event.data)
      worker.onerror = (event) => reject(new Error(`dataset worker failed: ${event.message}`))
      worker.postMessage({ databaseName: db.name, dataset, meta } satisfies StoreRequest)
    })
    if (!answer.ok) throw Object.assign(new Error(answer.message), { name: answer.name })
  } finally {
    worker.terminate()
  }
}
