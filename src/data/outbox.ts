import type { EntityTable } from 'dexie'
import { nextDelay } from '@/domain/report/backoff'
import { deliveryOutcome } from '@/domain/report/delivery'
import type { OutboxEntry, ReportEnvelope } from '@/domain/report/envelope'

export type OutboxTable = EntityTable<OutboxEntry, 'id'>

/** A request that hangs on a bad line is given up after this long and retried later. */
export const REQUEST_TIMEOUT_MS = 30_000

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
}

export interface FlushResult {
  /** Ids delivered (and removed) by this flush. */
  delivered: string[]
  /** Entries still waiting for a timed retry. */
  waiting: number
  /** Entries the server refused; kept, not retried on a timer. */
  held: number
  /** When the earliest waiting entry is due, or null when none waits. */
  nextAttemptAt: number | null
}

/** Puts an encrypted report in the outbox and returns its id, which is also its Idempotency-Key. */
export async function enqueueEnvelope(
  outbox: OutboxTable,
  envelope: ReportEnvelope,
  now: number = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<string> {
  const id = newId()
  await outbox.add({ id, envelope, createdAt: now, attempts: 0, nextAttemptAt: now, held: false })
  return id
}

async function post(entry: OutboxEntry, options: FlushOptions): Promise<number | null> {
  try {
    const response = await options.fetch(options.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
      body: JSON.stringify(entry.envelope),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(REQUEST_TIMEOUT_MS) : null,
    })
    return response.status
  } catch {
    return null
  }
}

function isDue(entry: OutboxEntry, options: FlushOptions, now: number): boolean {
  if (entry.held) return options.includeHeld
  return !options.dueOnly || entry.nextAttemptAt <= now
}

/**
 * Tries to deliver the outbox, oldest first, POSTing each envelope as JSON with its Idempotency-Key.
 * Delivered entries are deleted; failures wait with backoff; lasting rejections are held (see OutboxEntry.held).
 */
export async function flushOutbox(outbox: OutboxTable, options: FlushOptions): Promise<FlushResult> {
  const delivered: string[] = []
  for (const entry of await outbox.orderBy('createdAt').toArray()) {
    if (!isDue(entry, options, options.now())) continue
    const status = await post(entry, options)
    const outcome = deliveryOutcome(status)
    if (outcome === 'delivered') {
      await outbox.delete(entry.id)
      delivered.push(entry.id)
      continue
    }
    const attempts = entry.attempts + 1
    await outbox.update(entry.id, {
      attempts,
      nextAttemptAt: options.now() + nextDelay(attempts, options.random()),
      held: outcome === 'rejected',
      ...(status === null ? {} : { lastStatus: status }),
    })
  }
  const remaining = await outbox.toArray()
  const waiting = remaining.filter((entry) => !entry.held)
  const times = waiting.map((entry) => entry.nextAttemptAt)
  return {
    delivered,
    waiting: waiting.length,
    held: remaining.length - waiting.length,
    nextAttemptAt: times.length > 0 ? Math.min(...times) : null,
  }
}
