import type { ReportSubmission } from '@common/desk/api'
import type { DeliveryOutcome } from './delivery'

/** One report waiting to be delivered. Holds the envelope only, never the plaintext or the follow-up code. */
export interface OutboxEntry {
  /** Client UUID, sent as the Idempotency-Key on every try so the server keeps one copy. */
  id: string
  /** The body POSTed as it is: the envelope, with the follow-up lookup hash beside it (older entries have none). */
  envelope: ReportSubmission
  createdAt: number
  /** Tries that failed so far. */
  attempts: number
  /** Epoch ms before which no timed retry is made. */
  nextAttemptAt: number
  /** The server refused it for good (e.g. 400/403/413): no timed retries; tried again once per app start. */
  held: boolean
  /** HTTP status of the last answer, when there was one. */
  lastStatus?: number
  /** What the last try came to, when there was one. */
  lastOutcome?: Exclude<DeliveryOutcome, 'delivered'>
}
