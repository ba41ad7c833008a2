import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditPageView, InviteLookupView } from '@common/staff/api'
import { INVITE_LIFETIME_MS } from '../auth/invites'
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../auth/sessionPolicy'
import { makeSetupLinkIfNoAccounts, SETUP_LINK_LIFETIME_MS } from '../auth/setupLink'
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_CLIENT } from '../auth/signIn'
import {
  addStaff,
  createStaffTestApp,
  INJECT_ORIGIN,
  invite,
  sessionCookieOf,
  setUpFirstAdmin,
  signIn,
  staffRequest,
  TEST_PASSWORD,
  tokenOf,
  type MovableClock,
} from '../testing/staff'

function useStaffApp(env: Record<string, string> = {}) {
  const state = {} as { app: FastifyInstance; clock: MovableClock; close: () => Promise<void> }
  beforeAll(async () => void Object.assign(state, await createStaffTestApp(env)))
  afterAll(() => state.close())
  return state
}

const codeOf = (response: { json: () => unknown }) => (response.json() as { code: string }).code
const me = (app: FastifyInstance, cookie: string) => staffRequest(app, 'GET', '/api/staff/me', undefined, { cookie })

describe('the first administrator', () => {
  const t = useStaffApp()

  it('is set up once, through the link printed at start, and is then signed in', async () => {
    const link = await makeSetupLinkIfNoAccounts(t.app.db, INJECT_ORIGIN, t.clock.now())
    expect(link).toMatch(/^http:\/\/localhost:80\/staff#setup=[\w-]{43}$/)
    const token = tokenOf(link as string)
    const weak = await staffRequest(t.app, 'POST', '/api/staff/setup', { token, username: 'boss', password: 'password1234' })
    expect(weak.statusCode).toBe(400)
    expect(codeOf(weak)).toBe('password_too_common')

    const first = await staffRequest(t.app, 'POST', '/api/staff/setup', { token, username: 'Boss', password: TEST_PASSWORD })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ account: { username: 'boss', role: 'admin' } })
    expect((await me(t.app, sessionCookieOf(first))).statusCode).toBe(200)

    const again = await staffRequest(t.app, 'POST', '/api/staff/setup', { token, username: 'boss2', password: TEST_PASSWORD })
    expect(again.statusCode).toBe(410)
    expect(codeOf(again)).toBe('setup_link_not_usable')
    // A restart prints nothing once an account exists.
    expect(await makeSetupLinkIfNoAccounts(t.app.db, INJECT_ORIGIN, t.clock.now())).toBeNull()
  })

  it('keeps only a hash of the link in the database', async () => {
    const stored = await sql<{ text: string }>`select row_to_json(l)::text as text from staff_setup_links l`.execute(t.app.db)
    expect(stored.rows).toEqual([])
  })
})

describe('a set-up link', () => {
  const t = useStaffApp()

  it('expires after 24 hours', async () => {
    const link = (await makeSetupLinkIfNoAccounts(t.app.db, INJECT_ORIGIN, t.clock.now())) as string
    t.clock.advance(SETUP_LINK_LIFETIME_MS)
    const late = await staffRequest(t.app, 'POST', '/api/staff/setup', { token: tokenOf(link), username: 'boss', password: TEST_PASSWORD })
    expect(late.statusCode).toBe(410)
    const count = await t.app.db.selectFrom('staff_accounts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(0)
  })

  it('cannot be made up', async () => {
    const guess = await staffRequest(t.app, 'POST', '/api/staff/setup', { token: 'A'.repeat(43), username: 'boss', password: TEST_PASSWORD })
    expect(guess.statusCode).toBe(410)
  })
})

describe('signing in', () => {
  const t = useStaffApp()
  let adminCookie: string

  beforeAll(async () => {
    adminCookie = await setUpFirstAdmin(t.app)
    await addStaff(t.app, adminCookie, 'somsri', 'coordinator')
  })

  it('sets an HttpOnly, SameSite=Strict session cookie holding a random id that the database keeps only hashed', async () => {
    t.clock.advance(SIGN_IN_PER_ACCOUNT.windowMs)
    const response = await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'SomSri ', password: TEST_PASSWORD })
    expect(response.statusCode).toBe(200)
    const cookie = response.cookies.find((candidate) => candidate.name === 'staff_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' })
    expect(cookie?.secure).toBeFalsy()
    const ids = await t.app.db.selectFrom('staff_sessions').select('id_hash').execute()
    expect(ids.map((row) => row.id_hash)).not.toContain(cookie?.value)
    expect(ids.every((row) => /^[0-9a-f]{64}$/.test(row.id_hash))).toBe(true)
  })

  it('gives the same answer for an unknown name, a wrong password and a disabled account', async () => {
    t.clock.advance(SIGN_IN_PER_ACCOUNT.windowMs)
    const unknown = await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'nobody.here', password: TEST_PASSWORD })
    const wrong = await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'somsri', password: 'not the password at all' })
    adminCookie = await signIn(t.app, 'admin.one')
    const { id } = await addStaff(t.app, adminCookie, 'leaving', 'volunteer')
    await staffRequest(t.app, 'POST', `/api/staff/accounts/${id}/disable`, {}, { cookie: adminCookie })
    const disabled = await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'leaving', password: TEST_PASSWORD })
    for (const response of [unknown, wrong, disabled]) {
      expect(response.statusCode).toBe(401)
      expect(response.body).toBe(unknown.body)
      expect(response.headers['set-cookie']).toBeUndefined()
    }
    expect(codeOf(unknown)).toBe('sign_in_failed')
  })

  it('stops an account name after 10 attempts in 15 minutes, even with the right password, then lets it in again', async () => {
    t.clock.advance(SIGN_IN_PER_ACCOUNT.windowMs)
    for (let attempt = 0; attempt < SIGN_IN_PER_ACCOUNT.limit; attempt++) {
      const response = await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'somsri', password: `wrong guess number ${attempt}` }, { headers: { 'x-test': String(attempt) } })
      expect(response.statusCode).toBe(401)
    }
    const blocked = await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'somsri', password: TEST_PASSWORD })
    expect(blocked.statusCode).toBe(429)
    expect(codeOf(blocked)).toBe('sign_in_rate_limited')
    // An unknown name is limited the same way: the answer does not tell which names exist.
    for (let attempt = 0; attempt <= SIGN_IN_PER_ACCOUNT.limit; attempt++) await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'ghost', password: 'x'.repeat(12) })
    expect((await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'ghost', password: 'x'.repeat(12) })).statusCode).toBe(429)
    t.clock.advance(SIGN_IN_PER_ACCOUNT.windowMs)
    expect((await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'somsri', password: TEST_PASSWORD })).statusCode).toBe(200)
  })

  it('stops one client address trying many names, not another, and stores no address', async () => {
    t.clock.advance(SIGN_IN_PER_CLIENT.windowMs)
    const from = (remoteAddress: string, username: string) =>
      t.app.inject({ method: 'POST', url: '/api/staff/sign-in', remoteAddress, headers: { origin: INJECT_ORIGIN }, payload: { username, password: 'not the password at all' } })
    for (let attempt = 0; attempt < SIGN_IN_PER_CLIENT.limit; attempt++) expect((await from('203.0.113.7', `name${attempt}`)).statusCode).toBe(401)
    expect((await from('203.0.113.7', 'another')).statusCode).toBe(429)
    expect((await from('198.51.100.2', 'another')).statusCode).toBe(401)
    const everything = await sql<{ text: string }>`select (select json_agg(c)::text from rate_limit_counters c) || (select json_agg(a)::text from staff_audit a) as text`.execute(t.app.db)
    expect(everything.rows[0]?.text).not.toContain('203.0.113.7')
    expect(everything.rows[0]?.text).not.toContain('198.51.100.2')
  })
})

describe('sessions', () => {
  const t = useStaffApp()

  beforeAll(async () => {
    await setUpFirstAdmin(t.app, 'boss')
  })

  async function freshSession(): Promise<string> {
    t.clock.advance(SIGN_IN_PER_ACCOUNT.windowMs)
    return signIn(t.app, 'boss')
  }

  it('end after 30 minutes without use', async () => {
    const cookie = await freshSession()
    t.clock.advance(SESSION_IDLE_MS - 60_000)
    expect((await me(t.app, cookie)).statusCode).toBe(200)
    t.clock.advance(SESSION_IDLE_MS - 1000)
    expect((await me(t.app, cookie)).statusCode).toBe(200)
    t.clock.advance(SESSION_IDLE_MS)
    const ended = await me(t.app, cookie)
    expect(ended.statusCode).toBe(401)
    expect(codeOf(ended)).toBe('signed_out')
  })

  it('end 12 hours after sign-in however busy', async () => {
    const cookie = await freshSession()
    const step = SESSION_IDLE_MS / 2
    for (let used = step; used < SESSION_ABSOLUTE_MS; used += step) {
      t.clock.advance(step)
      expect((await me(t.app, cookie)).statusCode).toBe(200)
    }
    t.clock.advance(step)
    expect((await me(t.app, cookie)).statusCode).toBe(401)
  })

  it('end at sign-out, which clears the cookie and the site data', async () => {
    const cookie = await freshSession()
    const out = await staffRequest(t.app, 'POST', '/api/staff/sign-out', {}, { cookie })
    expect(out.statusCode).toBe(204)
    expect(out.headers['clear-site-data']).toBe('"cache", "cookies"')
    expect(out.cookies.find((candidate) => candidate.name === 'staff_session')?.value).toBe('')
    expect((await me(t.app, cookie)).statusCode).toBe(401)
  })

  it('all end on a password change, except the new one it starts', async () => {
    const otherDevice = await freshSession()
    const cookie = await freshSession()
    const newPassword = 'the second long quiet river'
    const wrongCurrent = await staffRequest(t.app, 'POST', '/api/staff/password', { currentPassword: 'not it at all!', newPassword }, { cookie })
    expect(wrongCurrent.statusCode).toBe(403)
    const weak = await staffRequest(t.app, 'POST', '/api/staff/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }, { cookie })
    expect(codeOf(weak)).toBe('password_too_short')
    const changed = await staffRequest(t.app, 'POST', '/api/staff/password', { currentPassword: TEST_PASSWORD, newPassword }, { cookie })
    expect(changed.statusCode).toBe(200)
    expect((await me(t.app, otherDevice)).statusCode).toBe(401)
    expect((await me(t.app, cookie)).statusCode).toBe(401)
    expect((await me(t.app, sessionCookieOf(changed))).statusCode).toBe(200)
    t.clock.advance(SIGN_IN_PER_ACCOUNT.windowMs)
    expect((await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'boss', password: TEST_PASSWORD })).statusCode).toBe(401)
    expect((await staffRequest(t.app, 'POST', '/api/staff/sign-in', { username: 'boss', password: newPassword })).statusCode).toBe(200)
  })
})

describe('invitations', () => {
  const t = useStaffApp()
  let adminCookie: string

  beforeAll(async () => {
    adminCookie = await setUpFirstAdmin(t.app)
  })

  it('say who they are for, then work once', async () => {
    const token = tokenOf(await invite(t.app, adminCookie, 'Nok.W', 'volunteer'))
    const lookup = await staffRequest(t.app, 'POST', '/api/staff/invites/lookup', { token })
    expect(lookup.json()).toMatchObject({ username: 'nok.w', role: 'volunteer' } satisfies Partial<InviteLookupView>)
    const weak = await staffRequest(t.app, 'POST', '/api/staff/invites/accept', { token, password: 'nok.w is my name ok' })
    expect(codeOf(weak)).toBe('password_contains_username')
    const accepted = await staffRequest(t.app, 'POST', '/api/staff/invites/accept', { token, password: TEST_PASSWORD })
    expect(accepted.statusCode).toBe(201)
    const reused = await staffRequest(t.app, 'POST', '/api/staff/invites/accept', { token, password: 'yet another long password' })
    expect(reused.statusCode).toBe(410)
    expect(codeOf(reused)).toBe('invite_not_usable')
    expect((await staffRequest(t.app, 'POST', '/api/staff/invites/lookup', { token })).statusCode).toBe(410)
    expect(await signIn(t.app, 'nok.w')).toMatch(/^staff_session=/)
  })

  it('expire after 72 hours', async () => {
    const token = tokenOf(await invite(t.app, adminCookie, 'late.one', 'trainer'))
    t.clock.advance(INVITE_LIFETIME_MS)
    const late = await staffRequest(t.app, 'POST', '/api/staff/invites/accept', { token, password: TEST_PASSWORD })
    expect(late.statusCode).toBe(410)
  })

  it('refuse a name already taken or reserved', async () => {
    t.clock.advance(SESSION_IDLE_MS - 1000)
    adminCookie = await signIn(t.app, 'admin.one')
    await invite(t.app, adminCookie, 'reserved', 'trainer')
    for (const username of ['admin.one', 'reserved']) {
      const response = await staffRequest(t.app, 'POST', '/api/staff/invites', { username, role: 'coordinator' }, { cookie: adminCookie })
      expect(response.statusCode).toBe(409)
    }
  })
})

describe('administration', () => {
  const t = useStaffApp()
  let adminCookie: string

  beforeAll(async () => {
    adminCookie = await setUpFirstAdmin(t.app)
  })

  it('changes a role, which takes effect on the next request', async () => {
    const { id, cookie } = await addStaff(t.app, adminCookie, 'mali', 'volunteer')
    expect((await staffRequest(t.app, 'GET', '/api/staff/accounts', undefined, { cookie })).statusCode).toBe(403)
    const changed = await staffRequest(t.app, 'POST', `/api/staff/accounts/${id}/role`, { role: 'admin' }, { cookie: adminCookie })
    expect(changed.json()).toMatchObject({ account: { username: 'mali', role: 'admin' } })
    expect((await staffRequest(t.app, 'GET', '/api/staff/accounts', undefined, { cookie })).statusCode).toBe(200)
  })

  it('disables an account at once: its sessions end', async () => {
    const { id, cookie } = await addStaff(t.app, adminCookie, 'gone', 'coordinator')
    const disabled = await staffRequest(t.app, 'POST', `/api/staff/accounts/${id}/disable`, {}, { cookie: adminCookie })
    expect(disabled.statusCode).toBe(200)
    expect((await me(t.app, cookie)).statusCode).toBe(401)
    const sessions = await t.app.db.selectFrom('staff_sessions').select('id_hash').where('account_id', '=', id).execute()
    expect(sessions).toEqual([])
  })

  it('cannot demote or disable oneself', async () => {
    const self = (await me(t.app, adminCookie)).json() as { account: { id: number } }
    for (const action of ['role', 'disable']) {
      const response = await staffRequest(t.app, 'POST', `/api/staff/accounts/${self.account.id}/${action}`, { role: 'trainer' }, { cookie: adminCookie })
      expect(codeOf(response)).toBe('not_on_yourself')
    }
  })

  it('records who did what and when in an audit log admins read page by page, newest first', async () => {
    const first = (await staffRequest(t.app, 'GET', '/api/staff/audit?limit=3', undefined, { cookie: adminCookie })).json() as AuditPageView
    expect(first.entries).toHaveLength(3)
    expect(first.entries[0]).toMatchObject({ action: 'disable', actor: 'admin.one', target: 'gone' })
    const second = (await staffRequest(t.app, 'GET', `/api/staff/audit?limit=100&before=${first.nextBefore}`, undefined, { cookie: adminCookie })).json() as AuditPageView
    const actions = [...first.entries, ...second.entries].map((entry) => entry.action)
    expect(actions).toEqual(expect.arrayContaining(['setup', 'invite', 'invite_accepted', 'sign_in', 'role_change', 'disable']))
    expect(second.nextBefore).toBeNull()
    expect(second.entries.find((entry) => entry.action === 'role_change')?.detail).toEqual({ from: 'volunteer', to: 'admin' })
    expect(JSON.stringify([first, second])).not.toContain(TEST_PASSWORD)
  })

  it('keeps the audit log append-only in the database itself', async () => {
    for (const statement of [sql`update staff_audit set action = 'sign_in'`, sql`delete from staff_audit`, sql`truncate staff_audit`]) {
      await expect(statement.execute(t.app.db)).rejects.toThrow(/append-only/)
    }
    const count = await t.app.db.selectFrom('staff_audit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBeGreaterThan(5)
  })
})

describe('the Origin check', () => {
  const https = useStaffApp({ PUBLIC_ORIGIN: 'https://map.example.org' })

  it('refuses a state-changing request with no Origin or another one', async () => {
    for (const origin of [null, 'https://evil.example', 'null', 'http://map.example.org']) {
      const response = await staffRequest(https.app, 'POST', '/api/staff/sign-in', { username: 'x', password: 'y' }, { origin })
      expect(response.statusCode).toBe(403)
      expect(codeOf(response)).toBe('origin_refused')
      expect((response.json() as { message: { th: string; en: string } }).message.th).not.toBe('')
    }
  })

  it('accepts the public origin and the origin the request was sent to; reading needs none', async () => {
    for (const origin of ['https://map.example.org', INJECT_ORIGIN]) {
      const response = await staffRequest(https.app, 'POST', '/api/staff/sign-in', { username: 'x', password: 'not the password at all' }, { origin })
      expect(response.statusCode).toBe(401)
    }
    expect((await staffRequest(https.app, 'GET', '/api/staff/me', undefined, { origin: null })).statusCode).toBe(401)
  })

  it('behind https, the cookie is Secure and __Host- prefixed', async () => {
    const cookie = await setUpFirstAdmin(https.app)
    expect(cookie).toMatch(/^__Host-staff_session=/)
    const response = await staffRequest(https.app, 'POST', '/api/staff/sign-in', { username: 'admin.one', password: TEST_PASSWORD })
    expect(response.cookies[0]).toMatchObject({ name: '__Host-staff_session', secure: true, httpOnly: true, sameSite: 'Strict' })
  })
})

describe('SQL injection strings in every field', () => {
  const t = useStaffApp()
  const ATTACKS = ["' OR '1'='1", "admin'--", "'); DROP TABLE staff_accounts; --", '1; DELETE FROM staff_audit', '" OR ""="', '\\x00\u0000', '${1+1}', 'ฝ\' OR 1=1 --']
  let adminCookie: string
  let targetId: number

  beforeAll(async () => {
    adminCookie = await setUpFirstAdmin(t.app)
    targetId = (await addStaff(t.app, adminCookie, 'target', 'trainer')).id
  })

  const snapshot = async () =>
    (await sql<{ text: string }>`select (select json_agg(a order by id)::text from staff_accounts a) || (select coalesce(json_agg(i order by id)::text, '') from staff_invites i) as text`.execute(t.app.db)).rows[0]?.text

  it.each(ATTACKS)('%j: no 500, no account or invitation changed', async (attack) => {
    const before = await snapshot()
    const requests: Array<[string, Record<string, unknown>]> = [
      ['/api/staff/setup', { token: attack, username: attack, password: attack }],
      ['/api/staff/sign-in', { username: attack, password: attack }],
      ['/api/staff/invites/lookup', { token: attack }],
      ['/api/staff/invites/accept', { token: attack, password: attack }],
      ['/api/staff/invites', { username: attack, role: attack }],
      ['/api/staff/password', { currentPassword: attack, newPassword: attack }],
      [`/api/staff/accounts/${targetId}/role`, { role: attack }],
      [`/api/staff/accounts/${encodeURIComponent(attack)}/role`, { role: 'admin' }],
      [`/api/staff/accounts/${encodeURIComponent(attack)}/disable`, {}],
    ]
    for (const [url, body] of requests) {
      const response = await staffRequest(t.app, 'POST', url, body, { cookie: adminCookie })
      expect(response.statusCode, `${url} ${response.body}`).toBeLessThan(500)
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400)
    }
    const audit = await staffRequest(t.app, 'GET', `/api/staff/audit?before=${encodeURIComponent(attack)}`, undefined, { cookie: adminCookie })
    expect(audit.statusCode).toBe(400)
    expect(await snapshot()).toBe(before)
  })
})
