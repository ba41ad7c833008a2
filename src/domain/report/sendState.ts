import type { DeliveryOutcome } from './delivery'

/** What the screen after "send" tells the person about their report. */
export type SendState = 'sending' | 'still-trying' | 'sent' | 'queued' | 'unconfirmed' | 'rejected'

/** After this long without an answer, the screen says it is still trying (and that the report is safe on the phone). */
export const STILL_TRYING_AFTER_MS = 4_000

/**
 * The state after a flush: `outcome` is what this flush's try came to (undefined when it was not
 * tried: offline, no usable configuration, or another tab held the outbox), `stillQueued` whether
 * the report is still in the outbox. A report another tab delivered is gone from the outbox.
 */
export function sendStateAfterFlush(outcome: DeliveryOutcome | undefined, stillQueued: boolean): SendState {
  if (outcome === undefined) return stillQueued ? 'queued' : 'sent'
  switch (outcome) {
    case 'delivered':
      return 'sent'
    case 'retry':
      return 'queued'
    case 'unconfirmed':
    case 'rejected':
      return outcome
  }
}
