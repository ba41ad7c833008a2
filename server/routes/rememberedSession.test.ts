import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REMEMBERED_ABSOLUTE_MS, REMEMBERED_IDLE_MS, SESSION_IDLE_MS } from '../auth/sessionPolicy'
import { SIGN_IN_PER_ACCOUNT } from '../auth/signIn'
import { addStaff, createStaffTestApp, sessionCookieOf, setUpFirstAdmin, staffRequest, TEST_PASSWORD, type MovableClock } from '../testing/staff'

// A volunteer stays signed in on their phone until they sign out (sign-in with remember: true).
let app: FastifyInstance
let clock: MovableClock
let close: () => Promise<void>

beforeAll(async () => {
  ;({ app, clock, close } = await createStaffTestApp())
  const admin = await setUpFirstAdmin(app, 'm.admin')
  await addStaff(app, admin, 'm.volunteer', 'volunteer')
  await addStaff(app, admin, 'm.coordinator', 'coordinator')
})
afterAll(() => close())

const DAY_MS = 24 * 60 * 60 * 1000

async function signInRemembered(username: string): Promise<LightMyRequestResponse> {
  clock.advance(SIGN_IN_PER_ACCOUNT.windowMs)
  const response = await staffRequest(app, 'POST', '/api/staff/sign-in', { username, password: TEST_PASSWORD, remember: true })
  expect(response.statusCode).toBe(200)
  return response
}

const me = (cookie: string) => staffRequest(app, 'GET', '/api/staff/me', undefined, { cookie })
const maxAgeOf = (response: LightMyRequestResponse) => response.cookies.find((c) => c.name === 'staff_session')?.maxAge

describe('a remembered volunteer session', () => {
  it('survives a month-long gap of less than 30 days, and its cookie outlives the browser', async () => {
    const response = await signInRemembered('m.volunteer')
    expect(maxAgeOf(response)).toBe(REMEMBERED_ABSOLUTE_MS / 1000)
    const cookie = sessionCookieOf(response)
    clock.advance(REMEMBERED_IDLE_MS - DAY_MS)
    expect((await me(cookie)).statusCode).toBe(200)
    clock.advance(REMEMBERED_IDLE_MS - DAY_MS)
    expect((await me(cookie)).statusCode).toBe(200)
    clock.advance(REMEMBERED_IDLE_MS)
    expect((await me(cookie)).statusCode).toBe(401)
  })

  it('ends 180 days after sign-in however often it is used', async () => {
    const cookie = sessionCookieOf(await signInRemembered('m.volunteer'))
    const step = 20 * DAY_MS
    for (let used = step; used < REMEMBERED_ABSOLUTE_MS; used += step) {
      clock.advance(step)
      expect((await me(cookie)).statusCode).toBe(200)
    }
    clock.advance(step)
    expect((await me(cookie)).statusCode).toBe(401)
  })

  it('ends at sign-out', async () => {
    const cookie = sessionCookieOf(await signInRemembered('m.volunteer'))
    expect((await staffRequest(app, 'POST', '/api/staff/sign-out', {}, { cookie })).statusCode).toBe(204)
    expect((await me(cookie)).statusCode).toBe(401)
  })

  it('is not given to a coordinator who asks: the case desk keeps the 30-minute session', async () => {
    const response = await signInRemembered('m.coordinator')
    expect(maxAgeOf(response)).toBe(12 * 60 * 60)
    const cookie = sessionCookieOf(response)
    clock.advance(SESSION_IDLE_MS)
    expect((await me(cookie)).statusCode).toBe(401)
  })
})
