/**
 * What a server answer means for an outbox entry.
 * delivered: 2xx, or 409 (the server already has this Idempotency-Key) — remove it.
 * retry: 408, 429, 5xx, or no answer at all — try again later.
 * rejected: any other answer (4xx, odd statuses) — retrying the same bytes would fail the same way.
 */
export type DeliveryOutcome = 'delivered' | 'retry' | 'rejected'

/** Classifies an HTTP status; `null` means the request never got an answer (offline, DNS, reset). */
export function deliveryOutcome(status: number | null): DeliveryOutcome {
  if (status === null) return 'retry'
  if ((status >= 200 && status < 300) || status === 409) return 'delivered'
  if (status === 408 || status === 429 || status >= 500) return 'retry'
  return 'rejected'
}
