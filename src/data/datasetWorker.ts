// A module Worker (src/data/datasetWorkerClient.ts starts it): stores a checked dataset in IndexedDB
// off the main thread, where a bulk write of thousands of places would otherwise block taps and paint.
import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { Dataset } from '@common/place'
import type { PartsChange } from './datasetRepository'
import { writeDataset, writeParts } from './datasetWrite'

/** What the page sends: the database to write to (by name), the whole dataset or some of its parts, and its meta. */
export type StoreRequest = { databaseName: string; meta: DatasetMeta } & ({ dataset: Dataset } | { parts: PartsChange })

/** What the worker answers: done, or the failure's name and message (a DOMException does not survive postMessage whole). */
export type StoreAnswer = { ok: true } | { ok: false; name: string; message: string }

const scope = self as unknown as { onmessage: ((event: MessageEvent<StoreRequest>) => void) | null; postMessage(answer: StoreAnswer): void }

scope.onmessage = async ({ data: request }) => {
  try {
    // Opened and closed again at once: an open connection would hold up a deletion of the database.
    if ('dataset' in request) await writeDataset(request.databaseName, request.dataset, request.meta)
    else await writeParts(request.databaseName, request.parts, request.meta)
    scope.postMessage({ ok: true })
  } catch (error) {
    // A full disk aborts the transaction with QuotaExceededError: the page needs that name.
    const { name = 'Error', message = String(error) } = error as { name?: string; message?: string }
    scope.postMessage({ ok: false, name, message })
  }
}
