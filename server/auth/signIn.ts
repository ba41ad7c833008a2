import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { normalizeUsername } from '@common/staff/username'
import type { Database, StaffAccountRow } from '../db/schema'
import { clientKey } from '../security/clientKey'
import { hitRateLimit, type RateLimit } from '../security/rateLimit'
import { findAccountByUsername } from './accounts'
import { recordAudit } from './audit'
import { verifyPassword, verifyPasswordOfNobody } from './passwordHash'
import { staffErrors } from './staffErrors'

/** Sign-in attempts allowed for one account name, whoever tries. */
export const SIGN_IN_PER_ACCOUNT: RateLimit = { limit: 10, windowMs: 15 * 60 * 1000 }
/**
 * Sign-in attempts for one account name on a workshop server: the room shares one demo volunteer
 * account whose password is on the projector, so 60 phones signing in must not lock it.
 */
export const WORKSHOP_SIGN_IN_PER_ACCOUNT: RateLimit = { limit: 1000, windowMs: 15 * 60 * 1000 }

/** Sign-in attempts allowed from one client address, whatever names it tries. */
export const SIGN_IN_PER_CLIENT: RateLimit = { limit: 30, windowMs: 15 * 60 * 1000 }

/** The rate-limit bucket of an account name: hashed, since a mistyped name may be a password. */
export function accountBucket(username: string): string {
  return `sign-in:account:${createHash('sha256').update(normalizeUsername(username)).digest('hex')}`
}

/**
 * Counts one attempt against the account name and, when given, the client; throws 429 when either
 * is over its limit (the same answer whether or not the account exists).
 */
export async function countSignInAttempt(db: Kysely<Database>, attempt: { username: string; address?: string }, now: Date, accountLimit: RateLimit = SIGN_IN_PER_ACCOUNT): Promise<void> {
  const perAccount = await hitRateLimit(db, accountBucket(attempt.username), accountLimit, now)
  const perClient = attempt.address === undefined ? { allowed: true } : await hitRateLimit(db, `sign-in:client:${await clientKey(db, attempt.address, now)}`, SIGN_IN_PER_CLIENT, now)
  if (!perAccount.allowed || !perClient.allowed) throw staffErrors.signInRateLimited()
}

/**
 * Checks a name and password: the account when both are right and it is not disabled, otherwise
 * the one "wrong name or password" error, after about the same time in every case. Audited.
 */
export async function checkCredentials(
  db: Kysely<Database>,
  typed: { username: string; password: string; address: string },
  now: Date,
  accountLimit: RateLimit = SIGN_IN_PER_ACCOUNT,
): Promise<StaffAccountRow> {
  await countSignInAttempt(db, typed, now, accountLimit)
  const account = await findAccountByUsername(db, normalizeUsername(typed.username))
  const passwordRight = account ? await verifyPassword(account.password_hash, typed.password) : await verifyPasswordOfNobody(typed.password)
  if (!account || !passwordRight || account.disabled_at !== null) {
    await recordAudit(db, { action: 'sign_in_failed', actorId: null, targetId: account?.id ?? null }, now)
    throw staffErrors.signInFailed()
  }
  return account
}
