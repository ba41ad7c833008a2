import type { Kysely } from 'kysely'
import type { WorkshopAccount } from '@common/workshop/api'
import { checkNewPassword } from '@common/staff/passwordPolicy'
import type { StaffRole } from '@common/staff/roles'
import type { Database } from '../db/schema'
import { createAccount, findAccountByUsername } from '../auth/accounts'
import { hashPassword } from '../auth/passwordHash'
import { endAllSessions } from '../auth/sessions'
import { readableCode } from './secrets'

/**
 * The room's shared volunteer account, and the trainer's. The trainer approves volunteers'
 * proposals on the projector, which is a coordinator's act (the `trainer` role reviews nothing),
 * so the trainer's demo account is a coordinator of the demo database.
 */
export const DEMO_ACCOUNTS = {
  volunteer: { username: 'volunteer', role: 'volunteer' },
  trainer: { username: 'trainer', role: 'coordinator' },
} as const satisfies Record<string, { username: string; role: StaffRole }>

/** A password for this start: 3 groups of 4 readable characters (14 with dashes), accepted by the staff password policy. */
export function newDemoPassword(username: string): string {
  for (;;) {
    const password = readableCode(3, 4)
    if (!checkNewPassword(password, username)) return password
  }
}

/**
 * Gives each demo account a new password (creating it the first time), enabled, with every earlier
 * session ended: last workshop's phones are signed out.
 */
export async function resetDemoAccounts(db: Kysely<Database>, now: Date): Promise<{ volunteer: WorkshopAccount; trainer: WorkshopAccount }> {
  const reset = async ({ username, role }: { username: string; role: StaffRole }): Promise<WorkshopAccount> => {
    const password = newDemoPassword(username)
    const passwordHash = await hashPassword(password)
    const existing = await findAccountByUsername(db, username)
    if (existing) {
      await endAllSessions(db, existing.id)
      await db.updateTable('staff_accounts').set({ role, password_hash: passwordHash, password_changed_at: now, disabled_at: null }).where('id', '=', existing.id).execute()
    } else {
      await createAccount(db, { username, role, passwordHash }, now)
    }
    return { username, password }
  }
  return { volunteer: await reset(DEMO_ACCOUNTS.volunteer), trainer: await reset(DEMO_ACCOUNTS.trainer) }
}
