import type { Kysely } from 'kysely'
import type { Database, StaffAccountRow } from '../db/schema'
import { hashSecretToken, newSecretToken } from '../security/secretToken'
import { sessionStatus, shouldTouchSession } from './sessionPolicy'

/** Starts a session for the account (`remembered`: a volunteer's long one); returns the id for the cookie (only its hash is stored). */
export async function startSession(db: Kysely<Database>, accountId: number, now: Date, remembered = false): Promise<string> {
  const id = newSecretToken()
  await db.insertInto('staff_sessions').values({ id_hash: hashSecretToken(id), account_id: accountId, created_at: now, last_seen_at: now, remembered }).execute()
  return id
}

/**
 * The account behind a session id, or null when the session does not exist, has expired (it is
 * then deleted) or its account is disabled. Notes the use, at most once a minute.
 */
export async function accountOfSession(db: Kysely<Database>, id: string, now: Date): Promise<StaffAccountRow | null> {
  const idHash = hashSecretToken(id)
  const found = await db
    .selectFrom('staff_sessions as session')
    .innerJoin('staff_accounts as account', 'account.id', 'session.account_id')
    .selectAll('account')
    .select(['session.created_at as session_created_at', 'session.last_seen_at as session_last_seen_at', 'session.remembered as session_remembered'])
    .where('session.id_hash', '=', idHash)
    .executeTakeFirst()
  if (!found) return null
  const { session_created_at: createdAt, session_last_seen_at: lastSeenAt, session_remembered: remembered, ...account } = found
  const times = { createdAt, lastSeenAt, remembered }
  if (sessionStatus(times, now) !== 'active' || account.disabled_at !== null) {
    await endSession(db, id)
    return null
  }
  if (shouldTouchSession(times, now)) await db.updateTable('staff_sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute()
  return account
}

/** Ends one session (sign-out). */
export async function endSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id_hash', '=', hashSecretToken(id)).execute()
}

/** Ends every session of an account (password change, disabled account). */
export async function endAllSessions(db: Kysely<Database>, accountId: number): Promise<void> {
  await db.deleteFrom('staff_sessions').where('account_id', '=', accountId).execute()
}
