import type { Kysely } from 'kysely'
import type { StaffRole } from '@common/staff/roles'
import type { Database } from '../db/schema'
import { hashSecretToken, newSecretToken } from '../security/secretToken'

/** How long an invitation link works. */
export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000

export interface OpenInvite {
  id: number
  username: string
  role: StaffRole
  expiresAt: Date
}

/** Stores an invitation and returns its token (for the link; only its hash is kept) and expiry. */
export async function createInvite(
  db: Kysely<Database>,
  invite: { username: string; role: StaffRole; invitedBy: number },
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken()
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS)
  await db
    .insertInto('staff_invites')
    .values({ token_hash: hashSecretToken(token), username: invite.username, role: invite.role, invited_by: invite.invitedBy, created_at: now, expires_at: expiresAt })
    .execute()
  return { token, expiresAt }
}

/**
 * The invitation a token opens, or undefined when it is unknown, used or expired. `forUpdate`
 * locks the row (inside a transaction) so two acceptances cannot both use it.
 */
export async function findOpenInvite(db: Kysely<Database>, token: string, now: Date, forUpdate = false): Promise<OpenInvite | undefined> {
  let query = db
    .selectFrom('staff_invites')
    .select(['id', 'username', 'role', 'expires_at'])
    .where('token_hash', '=', hashSecretToken(token))
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
  if (forUpdate) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  return row && { id: row.id, username: row.username, role: row.role, expiresAt: row.expires_at }
}

/** Marks an invitation used. */
export async function markInviteAccepted(db: Kysely<Database>, inviteId: number, now: Date): Promise<void> {
  await db.updateTable('staff_invites').set({ accepted_at: now }).where('id', '=', inviteId).execute()
}

/** True when an unused, unexpired invitation already reserves `username`. */
export async function usernameReservedByInvite(db: Kysely<Database>, username: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('staff_invites')
    .select('id')
    .where('username', '=', username)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst()
  return row !== undefined
}
