import type Dexie from 'dexie'

/** Runs a task while no other tab of the app runs one (one outbox flush at a time across tabs). */
export type OutboxLock = <T>(task: () => Promise<T>) => Promise<T>

/** The Web Lock's name, and the settings row of the fallback lease. */
export const OUTBOX_LOCK_NAME = 'safe-space-map-outbox'
const LEASE_POLL_MS = 100

interface Lease {
  owner: string
  until: number
}

/**
 * The lock around an outbox flush: a Web Lock where the browser has one, else a lease row in the
 * app database that a tab takes in one transaction. A lease outlives a tab closed mid-flush only
 * until `leaseMs` has passed.
 */
export function outboxLock(db: Dexie, leaseMs: number): OutboxLock {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  if (locks) return async (task) => await locks.request(OUTBOX_LOCK_NAME, task)
  return (task) => withLease(db, leaseMs, task)
}

async function withLease<T>(db: Dexie, leaseMs: number, task: () => Promise<T>): Promise<T> {
  const settings = db.table<{ key: string; value: Lease }, string>('settings')
  const owner = crypto.randomUUID()
  const take = () =>
    db.transaction('rw', settings, async () => {
      const now = Date.now()
      const current = (await settings.get(OUTBOX_LOCK_NAME))?.value
      if (current && current.until > now) return false
      await settings.put({ key: OUTBOX_LOCK_NAME, value: { owner, until: now + leaseMs } })
      return true
    })
  while (!(await take())) await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS))
  try {
    return await task()
  } finally {
    await db.transaction('rw', settings, async () => {
      if ((await settings.get(OUTBOX_LOCK_NAME))?.value.owner === owner) await settings.delete(OUTBOX_LOCK_NAME)
    })
  }
}
