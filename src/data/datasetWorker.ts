// A module Worker (src/data/datasetWorkerClient.ts starts it): stores a checked dataset in IndexedDB
// off the main thread, where a bulk write of thousands of places would otherwise block taps and paint.
import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { Dataset } from '@common/place'
import { SafeSpaceDb } from './database'
import { replaceDataset } from './datasetRepository'

/** What the page sends: the database to write to (by name), the dataset and its meta. */
export interface StoreRequest {
  databaseName: string
  dataset: Dataset
  meta: DatasetMeta
}

/** What the worker answers: done, or the failure's name and message (a DOMException does not survive postMessage whole). */
export type StoreAnswer = { ok: true } | { ok: false; name: string; message: string }

const scope = self as unknown as { onmessage: ((event: MessageEvent<StoreRequest>) => void) | null; postMessage(answer: StoreAnswer): void }

scope.onmessage = async ({ data: { databaseName, dataset, meta } }) => {
  // Closed again at once: an open connection would hold up a deletion of the database.
  const db = new SafeSpaceDb(databaseName)
  try {
    await replaceDataset(db, dataset, meta)
    scope.postMessage({ ok: true })
  } catch (error) {
    const { name = 'Error', message = String(error) } = error as { name?: string; message?: string }
    scope.postMessage({ ok: false, name: failureName(error) ?? name, message })
  } finally {
    db.close()
  }
}

// Dexie wraps the browser's error (a full disk: QuotaExceededError) in `inner`; the page needs that name.
function failureName(error: unknown): string | undefined {
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner
  return typeof inner?.name === 'string' ? inner.name : undefined
}
