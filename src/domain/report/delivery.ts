/**
 * What a server answer means for an outbox entry.
 * delivered: the server acknowledged this report (see isAcknowledgementOf in @common/report/wire) — remove it.
 * unconfirmed: a 2xx that is not that acknowledgement (a Wi-Fi login page, a wrong server) — keep, retry later.
 * retry: 408, 429, 5xx, or no answer at all (offline, timeout, a redirect) — try again later.
 * rejected: any other answer (4xx, odd statuses) — retrying the same bytes would fail the same way.
 */
export type DeliveryOutcome = 'delivered' | 'unconfirmed' | 'retry' | 'rejected'

/** A server's answer: its status and whether the body acknowledged the report; null when there was no answer. */
export type ServerAnswer = { status: number; acknowledged: boolean } | null

/** Classifies a server's answer to one report. */
export function deliveryOutcome(answer: ServerAnswer): DeliveryOutcome {
  if (answer === null) return 'retry'
  const { status, acknowledged } = answer
  if (status >= 200 && status < 300) return acknowledged ? 'delivered' : 'unconfirmed'
  if (status === 408 || status === 429 || status >= 500) return 'retry'
  return 'rejected'
}
