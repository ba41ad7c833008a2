import { enqueueEnvelope, type OutboxTable } from '@/data/outbox'
import type { CaseDeskKey } from '@/domain/report/runtimeConfig'
import type { ReportPayload } from '@/domain/report/types'
import { sealReport } from '@/safety/reportEncryption'

/** Encrypts the report to the case desk key and puts only the envelope in the outbox; returns the outbox id. */
export async function queueReport(payload: ReportPayload, key: CaseDeskKey, outbox: OutboxTable): Promise<string> {
  return enqueueEnvelope(outbox, await sealReport(payload, key))
}
