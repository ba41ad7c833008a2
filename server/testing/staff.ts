import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { StaffRole } from '@common/staff/roles'
import { buildApp } from '../app'
import { makeSetupLinkIfNoAccounts } from '../auth/setupLink'
import { freshDatabase, testConfig, type TestApp } from './testApp'

/** A clock tests move by hand. */
export interface MovableClock {
  now: () => Date
  advance: (ms: number) => void
}

/** Starts at `start` and moves only when told. */
export function movableClock(start = new Date('2026-12-01T08:00:00Z')): MovableClock {
  let time = start.getTime()
  return { now: () => new Date(time), advance: (ms) => void (time += ms) }
}

/** A test app (see testApp.ts) whose clock the test moves: sessions, links and rate-limit windows expire on demand. */
export async function createStaffTestApp(env: Record<string, string> = {}): Promise<TestApp & { clock: MovableClock }> {
  const database = await freshDatabase()
  const clock = movableClock()
  const app = await buildApp({ config: testConfig(env), db: database.db, log: false, clock: clock.now })
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close()
      await database.close()
    },
  }
}

/** The origin `app.inject` requests are addressed to (light-my-request's default Host). */
export const INJECT_ORIGIN = 'http://localhost:80'

/** A password every test account uses; it passes the policy. */
export const TEST_PASSWORD = 'a long river of quiet words'

export type StaffMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface StaffRequest {
  cookie?: string
  origin?: string | null
  headers?: Record<string, string>
}

/** Calls the staff API as the staff page would: JSON, from this app's origin, with the session cookie. */
export function staffRequest(app: FastifyInstance, method: StaffMethod, url: string, body?: unknown, options: StaffRequest = {}): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.origin !== null) headers.origin = options.origin ?? INJECT_ORIGIN
  if (options.cookie) headers.cookie = options.cookie
  if (method === 'GET') return app.inject({ method, url, headers })
  return app.inject({ method, url, headers, payload: (body ?? {}) as object })
}

/** The `name=value` of the session cookie a response set, for the next request's Cookie header. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((candidate) => candidate.name.endsWith('staff_session') && candidate.value !== '')
  if (!cookie) throw new Error(`no session cookie in the ${response.statusCode} answer: ${response.body}`)
  return `${cookie.name}=${cookie.value}`
}

/** The token in a set-up or invite link. */
export function tokenOf(link: string): string {
  const token = /#(?:setup|invite)=([\w-]+)$/.exec(link)?.[1]
  if (!token) throw new Error(`not a staff link: ${link}`)
  return token
}

/** Creates the first administrator through the set-up link; returns the signed-in cookie. */
export async function setUpFirstAdmin(app: FastifyInstance, username = 'admin.one', password = TEST_PASSWORD): Promise<string> {
  const link = await makeSetupLinkIfNoAccounts(app.db, INJECT_ORIGIN, app.clock())
  if (!link) throw new Error('an account exists already')
  const response = await staffRequest(app, 'POST', '/api/staff/setup', { token: tokenOf(link), username, password })
  if (response.statusCode !== 201) throw new Error(`set-up failed: ${response.statusCode} ${response.body}`)
  return sessionCookieOf(response)
}

/** Signs in; returns the cookie. */
export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<string> {
  const response = await staffRequest(app, 'POST', '/api/staff/sign-in', { username, password })
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
  return sessionCookieOf(response)
}

/** An administrator invites `username` as `role`; returns the invitation link. */
export async function invite(app: FastifyInstance, adminCookie: string, username: string, role: StaffRole): Promise<string> {
  const response = await staffRequest(app, 'POST', '/api/staff/invites', { username, role }, { cookie: adminCookie })
  if (response.statusCode !== 201) throw new Error(`invite failed: ${response.statusCode} ${response.body}`)
  return (response.json() as { link: string }).link
}

/** Invites, accepts and signs in a new account with `role`; returns its id and cookie. */
export async function addStaff(app: FastifyInstance, adminCookie: string, username: string, role: StaffRole): Promise<{ id: number; cookie: string }> {
  const link = await invite(app, adminCookie, username, role)
  const accepted = await staffRequest(app, 'POST', '/api/staff/invites/accept', { token: tokenOf(link), password: TEST_PASSWORD })
  if (accepted.statusCode !== 201) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`)
  return { id: (accepted.json() as { account: { id: number } }).account.id, cookie: await signIn(app, username) }
}
