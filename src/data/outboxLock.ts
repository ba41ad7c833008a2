import type Dexie from 'dexie'
import { randomUuid } from '@/safety/crypto/random'

/** Runs a task while no other tab of the app runs one (one flush of a queue at a time across tabs). */
export type OutboxLock = <T>(task: () => Promise<T>) => Promise<T>

/** The report outbox's Web Lock name, and the settings row of its fallback lease. */
export const OUTBOX_LOCK_NAME = 'safe-space-map-outbox'
const LEASE_POLL_MS = 100

interface Lease {
  owner: string
  until: number
}

/**
 * The lock around an outbox flush: a Web Lock where the browser has one, else a lease row in the
 * app database that a tab takes in one transaction. A lease outlives a tab closed mid-flush only
 * until `leaseMs` has passed. Each queue has its own `name` (the database needs a `settings` table).
 */
export function outboxLock(db: Dexie, leaseMs: number, name: string = OUTBOX_LOCK_NAME): OutboxLock {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  if (locks) return async (task) => await locks.request(name, task)
  return (task) => withLease(db, leaseMs, name, task)
}

async function withLease<T>(db: Dexie, leaseMs: number, name: string, task: () => Promise<T>): Promise<T> {
  const settings = db.table<{ key: string; value: Lease }, string>('settings')
  const owner = randomUuid()
  const take = () =>
    db.transaction('rw', settings, async () => {
      const now = Date.now()
      const current = (await settings.get(name))?.value
      if (current && current.until > now) return false
      await settings.put({ key: name, value: { owner, until: now + leaseMs } })
      return true
    })
  while (!(await take())) await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS))
  try {
    return await task()
  } finally {
    await db.transaction('rw', settings, async () => {
      if ((await settings.get(name))?.value.owner === owner) await settings.delete(name)
    })
  }
}
