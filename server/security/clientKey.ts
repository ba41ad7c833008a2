import { createHmac, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** The UTC day (YYYY-MM-DD) a time falls on. */
export function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10)
}

/** The keyed hash that stands for a client address on one day: HMAC-SHA-256 under that day's salt, 128 bits. */
export function keyedAddress(salt: Uint8Array, address: string): string {
  return createHmac('sha256', salt).update(address, 'utf8').digest('hex').slice(0, 32)
}

const saltsByDay = new Map<string, Buffer>()

/**
 * Today's salt, shared by every API process through the database; made on first use and deleted
 * after two days, so an address seen then can no longer be tested against the stored keys.
 */
async function saltFor(db: Kysely<Database>, day: string): Promise<Buffer> {
  const cached = saltsByDay.get(day)
  if (cached) return cached
  await db.insertInto('client_key_salts').values({ day, salt: randomBytes(32) }).onConflict((conflict) => conflict.column('day').doNothing()).execute()
  await db.deleteFrom('client_key_salts').where('day', '<', utcDay(new Date(Date.parse(day) - 86_400_000))).execute()
  const row = await db.selectFrom('client_key_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow()
  saltsByDay.clear()
  saltsByDay.set(day, row.salt)
  return row.salt
}

/**
 * What the database may keep to tell clients apart (rate limits): a keyed hash of the address that
 * changes every day, never the address itself.
 */
export async function clientKey(db: Kysely<Database>, address: string, now: Date): Promise<string> {
  return keyedAddress(await saltFor(db, utcDay(now)), address)
}
