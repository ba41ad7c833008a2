import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** At most `limit` hits per `windowMs` in one bucket (fixed windows). */
export interface RateLimit {
  limit: number
  windowMs: number
}

const COUNTER_KEPT_MS = 24 * 60 * 60 * 1000

/** When the window that `now` falls in began. */
export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs)
}

export interface RateLimitHit {
  allowed: boolean
  /** Seconds until the window ends (for Retry-After). */
  retryAfterSeconds: number
}

/**
 * Counts one hit in `bucket` and says whether it is within the limit. The counter lives in the
 * database and is raised atomically, so parallel requests and several API processes share it.
 */
export async function hitRateLimit(db: Kysely<Database>, bucket: string, rule: RateLimit, now: Date): Promise<RateLimitHit> {
  const start = windowStart(now, rule.windowMs)
  const row = await db
    .insertInto('rate_limit_counters')
    .values({ bucket, window_start: start, hits: 1 })
    .onConflict((conflict) => conflict.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql`rate_limit_counters.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow()
  // A new window opened: counters of windows that ended a day ago or more are no use to anyone.
  if (row.hits === 1) await db.deleteFrom('rate_limit_counters').where('window_start', '<', new Date(now.getTime() - COUNTER_KEPT_MS)).execute()
  return { allowed: row.hits <= rule.limit, retryAfterSeconds: Math.ceil((start.getTime() + rule.windowMs - now.getTime()) / 1000) }
}
