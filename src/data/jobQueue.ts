import type { EntityTable, IDType } from 'dexie'
import { nextDelay } from '@/domain/report/backoff'
import { outboxLock } from './outboxLock'

/**
 * One job waiting to be sent: the report outbox's pattern (a client id sent on every try, backoff,
 * one flush at a time across tabs) for any tagged payload. The report outbox keeps its own table
 * and code (src/data/outbox.ts); this queue serves the volunteer's checks and edits.
 */
export interface QueuedJob<Tag extends string = string, Payload = unknown> {
  /** Client UUID, sent with every try so the server stores the job once. */
  id: string
  tag: Tag
  payload: Payload
  createdAt: number
  /** Tries that failed so far. */
  attempts: number
  /** Epoch ms before which no timed retry is made. */
  nextAttemptAt: number
  /**
   * waiting: will be sent; held: the server refused it (shown with its reason, not retried on a
   * timer); needs_person: the server answered something only the person can settle (a conflict).
   */
  state: 'waiting' | 'held' | 'needs_person'
  lastStatus?: number
  /** What the server said about a held or needs_person job (its problem, the current version). */
  detail?: unknown
}

export type JobTable<Job extends QueuedJob = QueuedJob> = EntityTable<Job, 'id'>

/**
 * What one try came to. sent: remove the job. retry: no answer, 408, 429, 5xx — try later.
 * held / needs_person: keep it, with the server's detail, until the person acts. stop: the sender
 * cannot send anything now (signed out): nothing further is tried in this flush.
 */
export type JobOutcome =
  | { kind: 'sent' }
  | { kind: 'retry'; status?: number }
  | { kind: 'held' | 'needs_person'; status: number; detail?: unknown }
  | { kind: 'stop'; status: number }

export type JobSender<Job extends QueuedJob> = (job: Job) => Promise<JobOutcome>

export interface JobFlushOptions {
  now: () => number
  /** A number in [0, 1) for the retry jitter. */
  random: () => number
  /** Skip jobs whose next try has not come (timer, tab shown again). */
  dueOnly: boolean
  /** The cross-tab lock's name (each queue its own). */
  lockName: string
  /** The longest one send may take (for the lock's fallback lease). */
  sendTimeoutMs: number
}

export interface JobFlushResult {
  /** Ids sent (and removed) by this flush, oldest first. */
  sent: string[]
  /** Jobs still waiting for a timed retry. */
  waiting: number
  /** When the earliest waiting job is due, or null. */
  nextAttemptAt: number | null
  /** A sender said stop (e.g. signed out). */
  stopped: boolean
}

/** Puts a job in the queue, waiting; its id is the client id the server deduplicates on. */
export async function enqueueJob<Job extends QueuedJob>(table: JobTable<Job>, job: Pick<Job, 'id' | 'tag' | 'payload'>, now: number = Date.now()): Promise<void> {
  await table.add({ ...job, createdAt: now, attempts: 0, nextAttemptAt: now, state: 'waiting' } as Job)
}

/** Sends the waiting jobs oldest first, each with the sender for its tag, holding the queue's lock. */
export async function flushJobs<Job extends QueuedJob>(table: JobTable<Job>, send: JobSender<Job>, options: JobFlushOptions): Promise<JobFlushResult> {
  const leaseMs = ((await table.count()) + 1) * options.sendTimeoutMs
  return outboxLock(table.db, leaseMs, options.lockName)(() => flushHoldingLock(table, send, options))
}

async function flushHoldingLock<Job extends QueuedJob>(table: JobTable<Job>, send: JobSender<Job>, options: JobFlushOptions): Promise<JobFlushResult> {
  const sent: string[] = []
  let stopped = false
  for (const job of await table.orderBy('createdAt').toArray()) {
    if (job.state !== 'waiting' || (options.dueOnly && job.nextAttemptAt > options.now())) continue
    const outcome = await send(job)
    if (outcome.kind === 'sent') {
      await table.delete(job.id as IDType<Job, 'id'>)
      sent.push(job.id)
      continue
    }
    if (outcome.kind === 'stop') {
      stopped = true
      break
    }
    const attempts = job.attempts + 1
    const changes: Partial<QueuedJob> =
      outcome.kind === 'retry'
        ? { attempts, nextAttemptAt: options.now() + nextDelay(attempts, options.random()), ...(outcome.status === undefined ? {} : { lastStatus: outcome.status }) }
        : { attempts, state: outcome.kind, lastStatus: outcome.status, detail: outcome.detail }
    // Dexie's update typing cannot see through the generic job; the fields are QueuedJob's own.
    await table.update(job.id as IDType<Job, 'id'>, changes as never)
  }
  const waiting = (await table.toArray()).filter((job) => job.state === 'waiting')
  const times = waiting.map((job) => job.nextAttemptAt)
  return { sent, waiting: waiting.length, nextAttemptAt: times.length > 0 ? Math.min(...times) : null, stopped }
}
