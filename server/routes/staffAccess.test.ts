import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAFF_ROLES, type StaffRole } from '@common/staff/roles'
import { installStaffAccess, MissingAccessRuleError, type StaffAccess } from '../auth/access'
import { testConfig } from '../testing/testApp'
import { SIGN_IN_PER_ACCOUNT } from '../auth/signIn'
import { addStaff, createStaffTestApp, setUpFirstAdmin, signIn, staffRequest, type MovableClock, type StaffMethod } from '../testing/staff'

/**
 * Who may call each staff route. A route registered without a line here fails the first test; a
 * line whose rule differs from the route's fails it too. Add the line with the route.
 */
const EXPECTED: Record<string, StaffAccess> = {
  'POST /api/staff/setup': 'public',
  'POST /api/staff/sign-in': 'public',
  'POST /api/staff/sign-out': 'public',
  'GET /api/staff/me': 'signedIn',
  'POST /api/staff/password': 'signedIn',
  'POST /api/staff/invites/lookup': 'public',
  'POST /api/staff/invites/accept': 'public',
  'POST /api/staff/invites': ['admin'],
  'GET /api/staff/accounts': ['admin'],
  'POST /api/staff/accounts/:id/role': ['admin'],
  'POST /api/staff/accounts/:id/disable': ['admin'],
  'GET /api/staff/audit': ['admin'],
  // The case desk: coordinators only, not administrators (server/routes/desk.ts says why).
  'GET /api/staff/desk': ['coordinator'],
  'PUT /api/staff/desk/personal-key': ['coordinator'],
  'POST /api/staff/desk/setup': ['coordinator'],
  'POST /api/staff/desk/grants': ['coordinator'],
  'DELETE /api/staff/desk/holders/:holderId': ['coordinator'],
  'POST /api/staff/desk/rotate': ['coordinator'],
  'POST /api/staff/desk/unlocked': ['coordinator'],
  'GET /api/staff/desk/reports': ['coordinator'],
  'POST /api/staff/desk/reports/:id/read': ['coordinator'],
  'PATCH /api/staff/desk/reports/:id': ['coordinator'],
  'POST /api/staff/desk/reports/:id/notes': ['coordinator'],
  'PUT /api/staff/desk/reports/:id/follow-up-message': ['coordinator'],
  'DELETE /api/staff/desk/reports/:id': ['coordinator'],
  'GET /api/staff/places': ['volunteer', 'coordinator', 'admin'],
  'POST /api/staff/proposals': ['volunteer', 'coordinator'],
  'GET /api/staff/proposals': ['volunteer', 'coordinator'],
  'POST /api/staff/proposals/:id/approve': ['coordinator'],
  'POST /api/staff/proposals/:id/reject': ['coordinator'],
  'POST /api/staff/proposals/batch': ['coordinator'],
  'GET /api/staff/export/places.csv': ['coordinator', 'admin'],
  'GET /api/staff/export/places.geojson': ['coordinator', 'admin'],
  'GET /api/staff/export/template.csv': ['coordinator', 'admin'],
}

type Caller = StaffRole | 'nobody'
const CALLERS: Caller[] = ['nobody', ...STAFF_ROLES]

function mayCall(access: StaffAccess, caller: Caller): boolean {
  if (access === 'public') return true
  if (caller === 'nobody') return false
  return access === 'signedIn' || access.includes(caller)
}

describe('staff route access, route by route', () => {
  let app: FastifyInstance
  let clock: MovableClock
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ app, clock, close } = await createStaffTestApp())
    const adminCookie = await setUpFirstAdmin(app, 'a.admin')
    for (const role of ['coordinator', 'volunteer', 'trainer'] as const) await addStaff(app, adminCookie, `a.${role}`, role)
  })

  /** A fresh session for each call (sign-out ends one), in a new rate-limit window. */
  async function cookieOf(caller: Caller): Promise<string | undefined> {
    if (caller === 'nobody') return undefined
    clock.advance(SIGN_IN_PER_ACCOUNT.windowMs)
    return signIn(app, `a.${caller}`)
  }
  afterAll(() => close())

  it('has a rule in this table for every registered /api/staff/ route, and the same rule', () => {
    const registered = Object.fromEntries(app.staffRouteRules.map((rule) => [`${rule.method} ${rule.url}`, rule.access]))
    expect(registered).toEqual(EXPECTED)
  })

  const cases = Object.entries(EXPECTED).flatMap(([route, access]) => CALLERS.map((caller) => [route, caller, access] as const))

  it.each(cases)('%s called by %s', async (route, caller, access) => {
    const [method, path] = route.split(' ') as [StaffMethod, string]
    // The ids exist for nobody: allowed callers get past the check to a 4xx of the route's own.
    const url = path.replace(':id', '999999').replace(':holderId', 'staff-999999')
    const response = await staffRequest(app, method, url, {}, { cookie: await cookieOf(caller) })
    const code = response.statusCode >= 400 ? (response.json() as { code: string }).code : 'ok'
    if (mayCall(access, caller)) {
      expect(['signed_out', 'forbidden']).not.toContain(code)
    } else {
      expect(code).toBe(caller === 'nobody' ? 'signed_out' : 'forbidden')
      expect(response.statusCode).toBe(caller === 'nobody' ? 401 : 403)
    }
  })
})

describe('a staff route without a rule', () => {
  it('stops the server from starting', async () => {
    const app = Fastify()
    app.decorate('config', testConfig())
    await installStaffAccess(app)
    const starting = app
      .register(async (area) => {
        area.post('/api/staff/forgotten', async () => ({ done: true }))
      })
      .then(() => app.ready())
    await expect(starting).rejects.toThrow(MissingAccessRuleError)
    await app.close().catch(() => undefined)
  })
})
