import type { Kysely } from 'kysely'
import type { DeskHolderView } from '@common/desk/api'
import type { DeskKeyGrant, DeskKeyRecord, PersonalKeyRecord } from '@common/desk/records'
import type { Database } from '../db/schema'

// Reading and writing the desk's key records. Records are kept as the JSON text that arrived.

/** The recovery key's holder id (src/staff/desk/deskKey.ts RECOVERY_HOLDER_ID): it has no account. */
export const RECOVERY_HOLDER_ID = 'desk-recovery'

/** A coordinator's holder id. */
export function holderIdOf(accountId: number): string {
  return `staff-${accountId}`
}

/** The account id in a coordinator's holder id, or null (the recovery key, or not a holder id). */
export function accountIdOfHolder(holderId: string): number | null {
  const match = /^staff-([1-9][0-9]{0,8})$/.exec(holderId)
  return match ? Number(match[1]) : null
}

const parse = <T>(row: { record: string }): T => JSON.parse(row.record) as T

/** Every desk key, newest first (the first is the one reports are encrypted to). */
export async function listDeskKeys(db: Kysely<Database>): Promise<DeskKeyRecord[]> {
  const rows = await db.selectFrom('desk_keys').select('record').orderBy('position', 'desc').execute()
  return rows.map(parse<DeskKeyRecord>)
}

/** The id of the current desk key, or undefined before set-up. */
export async function currentDeskKeyId(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom('desk_keys').select('id').orderBy('position', 'desc').limit(1).executeTakeFirst()
  return row?.id
}

export async function personalKeyOf(db: Kysely<Database>, holderId: string): Promise<PersonalKeyRecord | null> {
  const row = await db.selectFrom('desk_personal_keys').select('record').where('holder_id', '=', holderId).executeTakeFirst()
  return row ? parse<PersonalKeyRecord>(row) : null
}

export async function grantsOf(db: Kysely<Database>, holderId: string): Promise<DeskKeyGrant[]> {
  const rows = await db.selectFrom('desk_grants').select('record').where('holder_id', '=', holderId).orderBy('desk_key_id').execute()
  return rows.map(parse<DeskKeyGrant>)
}

/** The holder ids with a grant of `deskKeyId` (people and the recovery key). */
export async function holdersOfKey(db: Kysely<Database>, deskKeyId: string): Promise<string[]> {
  const rows = await db.selectFrom('desk_grants').select('holder_id').where('desk_key_id', '=', deskKeyId).orderBy('holder_id').execute()
  return rows.map((row) => row.holder_id)
}

/** Whether the desk has been set up, and whether a revocation awaits a new desk key. */
export async function deskSettings(db: Kysely<Database>): Promise<{ initialized: boolean; rotationDue: boolean }> {
  const row = await db.selectFrom('desk_settings').select('rotation_due').executeTakeFirst()
  return { initialized: row !== undefined, rotationDue: row?.rotation_due ?? false }
}

/** Every active coordinator, with their public key (if made) and whether they hold the current desk key. */
export async function listHolders(db: Kysely<Database>, currentKeyId: string | undefined): Promise<DeskHolderView[]> {
  const rows = await db
    .selectFrom('staff_accounts as account')
    .leftJoin('desk_personal_keys as personal', 'personal.account_id', 'account.id')
    .select(['account.id', 'account.username', 'personal.record'])
    .where('account.role', '=', 'coordinator')
    .where('account.disabled_at', 'is', null)
    .orderBy('account.username')
    .execute()
  const holding = new Set(currentKeyId ? await holdersOfKey(db, currentKeyId) : [])
  return rows.map((row) => {
    const holderId = holderIdOf(row.id)
    const record = row.record === null ? null : (JSON.parse(row.record) as PersonalKeyRecord)
    return { holderId, username: row.username, publicKey: record && { holderId, publicKeyJwk: record.publicKeyJwk }, holdsCurrentKey: holding.has(holderId) }
  })
}

/** Stores grants, replacing an earlier grant of the same key to the same holder (re-granting after recovery). */
export async function saveGrants(db: Kysely<Database>, grants: readonly DeskKeyGrant[]): Promise<void> {
  if (grants.length === 0) return
  await db
    .insertInto('desk_grants')
    .values(grants.map((grant) => ({ desk_key_id: grant.deskKeyId, holder_id: grant.holderId, record: JSON.stringify(grant) })))
    .onConflict((conflict) => conflict.columns(['desk_key_id', 'holder_id']).doUpdateSet((values) => ({ record: values.ref('excluded.record') })))
    .execute()
}

/** Stores a desk key as the newest. */
export async function saveDeskKey(db: Kysely<Database>, deskKey: DeskKeyRecord): Promise<void> {
  await db.insertInto('desk_keys').values({ id: deskKey.id, record: JSON.stringify(deskKey) }).execute()
}

/** Stores (or replaces) a personal key record. */
export async function savePersonalKey(db: Kysely<Database>, record: PersonalKeyRecord, accountId: number | null, now: Date): Promise<void> {
  await db
    .insertInto('desk_personal_keys')
    .values({ holder_id: record.holderId, account_id: accountId, record: JSON.stringify(record), updated_at: now })
    .onConflict((conflict) => conflict.column('holder_id').doUpdateSet({ record: JSON.stringify(record), updated_at: now }))
    .execute()
}
