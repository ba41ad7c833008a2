import { enqueueEnvelope, type OutboxTable } from '@/data/outbox'
import type { FollowUpSecrets } from '@/domain/report/followUpSecrets'
import type { CaseDeskKey } from '@/domain/report/runtimeConfig'
import type { ReportPayload } from '@/domain/report/types'
import { sealReport } from '@/safety/reportEncryption'

/**
 * Encrypts the report to the case desk key, with the follow-up message key inside, and puts only
 * the envelope and the follow-up lookup hash in the outbox; returns the outbox id.
 */
export async function queueReport(payload: ReportPayload, key: CaseDeskKey, outbox: OutboxTable, followUp: FollowUpSecrets): Promise<string> {
  const envelope = await sealReport({ ...payload, followUp: { messageKey: followUp.messageKey } }, key)
  return enqueueEnvelope(outbox, { ...envelope, followUpLookup: followUp.lookupHash })
}
