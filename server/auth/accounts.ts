import type { Kysely } from 'kysely'
import type { StaffAccountView } from '@common/staff/api'
import type { StaffRole } from '@common/staff/roles'
import type { Database, StaffAccountRow } from '../db/schema'

/** An account as the API shows it. */
export function accountView(row: Pick<StaffAccountRow, 'id' | 'username' | 'role' | 'created_at' | 'disabled_at'>): StaffAccountView {
  return { id: row.id, username: row.username, role: row.role, createdAt: row.created_at.toISOString(), disabledAt: row.disabled_at?.toISOString() ?? null }
}

export async function findAccountByUsername(db: Kysely<Database>, username: string): Promise<StaffAccountRow | undefined> {
  return db.selectFrom('staff_accounts').selectAll().where('username', '=', username).executeTakeFirst()
}

export async function findAccountById(db: Kysely<Database>, id: number): Promise<StaffAccountRow | undefined> {
  return db.selectFrom('staff_accounts').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Creates an account; the caller has checked the name is free and the password acceptable. */
export async function createAccount(db: Kysely<Database>, account: { username: string; role: StaffRole; passwordHash: string }, now: Date): Promise<StaffAccountRow> {
  return db
    .insertInto('staff_accounts')
    .values({ username: account.username, role: account.role, password_hash: account.passwordHash, created_at: now, password_changed_at: now })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Every account, oldest first. */
export async function listAccounts(db: Kysely<Database>): Promise<StaffAccountView[]> {
  const rows = await db.selectFrom('staff_accounts').select(['id', 'username', 'role', 'created_at', 'disabled_at']).orderBy('id').execute()
  return rows.map(accountView)
}

/** True when no staff account exists yet (the first administrator is still to be set up). */
export async function noAccountsYet(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('staff_accounts').select('id').limit(1).executeTakeFirst()) === undefined
}
