import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { hashSecretToken, newSecretToken } from '../security/secretToken'
import { noAccountsYet } from './accounts'

/** How long the first administrator's set-up link works. */
export const SETUP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000

/** The staff page's address with a one-time token after `#` (never sent to a server, so never in a log). */
export function staffLink(origin: string, kind: 'setup' | 'invite', token: string): string {
  return `${origin.replace(/\/$/, '')}/staff#${kind}=${token}`
}

/**
 * With no staff account yet, makes a set-up link for the first administrator and returns it (for
 * the console only); otherwise returns null. Each start makes a fresh link; older unused ones keep
 * working until they expire or an administrator exists.
 */
export async function makeSetupLinkIfNoAccounts(db: Kysely<Database>, origin: string, now: Date): Promise<string | null> {
  if (!(await noAccountsYet(db))) return null
  const token = newSecretToken()
  await db.deleteFrom('staff_setup_links').where('expires_at', '<=', now).execute()
  await db
    .insertInto('staff_setup_links')
    .values({ token_hash: hashSecretToken(token), created_at: now, expires_at: new Date(now.getTime() + SETUP_LINK_LIFETIME_MS) })
    .execute()
  return staffLink(origin, 'setup', token)
}

/**
 * Inside a transaction: true when `token` is a live set-up link and still no account exists; the
 * accounts table is locked so two set-ups racing cannot both make an administrator. Every set-up
 * link is deleted once it has been used.
 */
export async function claimSetupLink(trx: Kysely<Database>, token: string, now: Date): Promise<boolean> {
  await sql`lock table staff_accounts in share row exclusive mode`.execute(trx)
  const link = await trx
    .selectFrom('staff_setup_links')
    .select('token_hash')
    .where('token_hash', '=', hashSecretToken(token))
    .where('expires_at', '>', now)
    .executeTakeFirst()
  if (!link || !(await noAccountsYet(trx))) return false
  await trx.deleteFrom('staff_setup_links').execute()
  return true
}

/** The console message with the link: Thai first, English second. */
export function setupLinkMessage(link: string): string {
  return [
    '',
    '== ตั้งค่าผู้ดูแลระบบคนแรก · First administrator set-up ==',
    'ยังไม่มีบัญชีเจ้าหน้าที่ เปิดลิงก์นี้ (ใช้ได้ครั้งเดียว ภายใน 24 ชั่วโมง) เพื่อสร้างบัญชีผู้ดูแลระบบ:',
    'No staff account exists yet. Open this link (works once, within 24 hours) to create the administrator account:',
    link,
    'อย่าส่งต่อลิงก์นี้ · Do not share this link.',
    '',
  ].join('\n')
}
