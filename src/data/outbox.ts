import type { EntityTable } from 'dexie'
import { nextDelay } from '@/domain/report/backoff'
import type { ReportSubmission } from '@common/desk/api'
import { isAcknowledgementOf } from '@common/report/wire'
import { deliveryOutcome, type DeliveryOutcome, type ServerAnswer } from '@/domain/report/delivery'
import type { OutboxEntry } from '@/domain/report/outboxEntry'
import { outboxLock } from './outboxLock'
import { randomUuid } from '@/safety/crypto/random'

export type OutboxTable = EntityTable<OutboxEntry, 'id'>

/** A request that hangs on a bad line is given up after this long and retried later. */
export const REQUEST_TIMEOUT_MS = 20_000

export interface FlushOptions {
  endpoint: string
  fetch: typeof fetch
  now: () => number
  /** A number in [0, 1) for the retry jitter. */
  random: () => number
  /** Skip entries whose next attempt time has not come (timer, tab shown again). */
  dueOnly: boolean
  /** Also try entries the server refused for good (once per app start, in case the server or config was fixed). */
  includeHeld: boolean
  /** Give up on one request after this long (default REQUEST_TIMEOUT_MS). */
  timeoutMs?: number
}

export interface FlushResult {
  /** Ids delivered (and removed) by this flush. */
  delivered: string[]
  /** What each entry tried by this flush came to, by id. */
  outcomes: Record<string, DeliveryOutcome>
  /** Entries still waiting for a timed retry. */
  waiting: number
  /** Entries the server refused; kept, not retried on a timer. */
  held: number
  /** When the earliest waiting entry is due, or null when none waits. */
  nextAttemptAt: number | null
}

/** Puts an encrypted report (and its follow-up lookup hash) in the outbox and returns its id, which is also its Idempotency-Key. */
export async function enqueueEnvelope(
  outbox: OutboxTable,
  envelope: ReportSubmission,
  now: number = Date.now(),
  newId: () => string = () => randomUuid(),
): Promise<string> {
  const id = newId()
  await outbox.add({ id, envelope, createdAt: now, attempts: 0, nextAttemptAt: now, held: false })
  return id
}

// Only JSON that echoes this report's key counts: a captive portal's 200 page or an empty 201 does not.
async function readAnswer(response: Response, idempotencyKey: string): Promise<ServerAnswer> {
  const isJson = /^application\/json\b/i.test(response.headers.get('Content-Type') ?? '')
  const body: unknown = response.ok && isJson ? await response.json().catch(() => null) : null
  return { status: response.status, acknowledged: isAcknowledgementOf(body, idempotencyKey) }
}

async function post(entry: OutboxEntry, options: FlushOptions): Promise<ServerAnswer> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(new DOMException('No answer in time', 'TimeoutError')), options.timeoutMs ?? REQUEST_TIMEOUT_MS)
  try {
    const response = await options.fetch(options.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
      body: JSON.stringify(entry.envelope),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      // A redirect (a Wi-Fi login page, a moved server) is no delivery: fetch fails and the report stays.
      redirect: 'error',
      signal: abort.signal,
    })
    return await readAnswer(response, entry.id)
  } catch {
    return null
  } finally {
    clearTimeout(timer)
  }
}

function isDue(entry: OutboxEntry, options: FlushOptions, now: number): boolean {
  if (entry.held) return options.includeHeld
  return !options.dueOnly || entry.nextAttemptAt <= now
}

/**
 * Tries to deliver the outbox, oldest first, POSTing each envelope as JSON with its Idempotency-Key,
 * while holding the outbox lock, so two tabs never send the same report at once. Entries the server
 * acknowledged are deleted; failures wait with backoff; lasting rejections are held (see OutboxEntry.held).
 */
export async function flushOutbox(outbox: OutboxTable, options: FlushOptions): Promise<FlushResult> {
  // The lease of the no-Web-Locks fallback covers every request timing out, plus a margin.
  const leaseMs = ((await outbox.count()) + 1) * (options.timeoutMs ?? REQUEST_TIMEOUT_MS)
  return outboxLock(outbox.db, leaseMs)(() => flushHoldingLock(outbox, options))
}

async function flushHoldingLock(outbox: OutboxTable, options: FlushOptions): Promise<FlushResult> {
  const outcomes: Record<string, DeliveryOutcome> = {}
  for (const entry of await outbox.orderBy('createdAt').toArray()) {
    if (!isDue(entry, options, options.now())) continue
    const answer = await post(entry, options)
    const outcome = deliveryOutcome(answer)
    outcomes[entry.id] = outcome
    if (outcome === 'delivered') {
      await outbox.delete(entry.id)
      continue
    }
    const attempts = entry.attempts + 1
    await outbox.update(entry.id, {
      attempts,
      nextAttemptAt: options.now() + nextDelay(attempts, options.random()),
      held: outcome === 'rejected',
      lastOutcome: outcome,
      ...(answer === null ? {} : { lastStatus: answer.status }),
    })
  }
  const remaining = await outbox.toArray()
  const waiting = remaining.filter((entry) => !entry.held)
  const times = waiting.map((entry) => entry.nextAttemptAt)
  return {
    delivered: Object.keys(outcomes).filter((id) => outcomes[id] === 'delivered'),
    outcomes,
    waiting: waiting.length,
    held: remaining.length - waiting.length,
    nextAttemptAt: times.length > 0 ? Math.min(...times) : null,
  }
}
