import type { FollowUpLookupView, FollowUpStatus } from '@common/desk/api'
import type { FollowUpMessage } from '@common/desk/records'
import { isOneOf, isRecord } from '@common/validation/guards'

const STATUSES: readonly FollowUpStatus[] = ['received', 'contact', 'closed']

function isFollowUpMessage(value: unknown): value is FollowUpMessage {
  return isRecord(value) && value.v === 1 && typeof value.iv === 'string' && typeof value.ciphertext === 'string'
}

/**
 * A found report in the server's answer to `POST /api/follow-up`, or null for anything else: "not
 * found", a refusal or an answer of the wrong shape all end as the search's ordinary "no match".
 */
export function foundFollowUp(body: unknown): Extract<FollowUpLookupView, { found: true }> | null {
  if (!isRecord(body) || body.found !== true || !isOneOf(STATUSES, body.status)) return null
  const message = body.message ?? null
  if (message !== null && !isFollowUpMessage(message)) return null
  return { found: true, status: body.status, message }
}
