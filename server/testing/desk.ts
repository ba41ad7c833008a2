import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { DeskStateView } from '@common/desk/api'
import type { ReportEnvelope } from '@common/report/wire'
import { sealReport } from '@/safety/reportEncryption'
import { createDesk, type NewDesk } from '@/staff/desk/deskKey'
import type { DeskResult } from '@/staff/desk/errors'
import { unlockDesk, type DeskKeyring } from '@/staff/desk/keyring'
import { createPersonalKey } from '@/staff/desk/personalKey'
import type { DeskKeyRecord, PersonalKeyRecord } from '@/staff/desk/records'
import { holderIdOf } from '../desk/deskStore'
import { addStaff, createStaffTestApp, setUpFirstAdmin, staffRequest, type MovableClock } from './staff'
import type { TestApp } from './testApp'

// Test helpers for the case desk: real key records made with the /staff page's own code
// (WebCrypto in Node), so what the routes store is exactly what the browser would send.

export const DESK_PASSPHRASE = 'ฝนตกที่กรุงเทพทั้งวัน'
const FAST = { testOnlyIterations: 1_000 }

export function value<T>(result: DeskResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.en}`)
  return result.value
}

export interface Coordinator {
  id: number
  cookie: string
  holderId: string
}

export interface DeskTestApp extends TestApp {
  clock: MovableClock
  adminCookie: string
  /** Adds a signed-in coordinator (no personal key yet). */
  coordinator: (username: string) => Promise<Coordinator>
}

/** A staff test app with an administrator who can add coordinators. */
export async function createDeskTestApp(): Promise<DeskTestApp> {
  const t = await createStaffTestApp()
  const adminCookie = await setUpFirstAdmin(t.app, 'desk.admin')
  const coordinator = async (username: string): Promise<Coordinator> => {
    const { id, cookie } = await addStaff(t.app, adminCookie, username, 'coordinator')
    return { id, cookie, holderId: holderIdOf(id) }
  }
  return { ...t, adminCookie, coordinator }
}

/** A personal key record for `holderId` (fast KDF: tests only). */
export async function personalKeyFor(holderId: string): Promise<PersonalKeyRecord> {
  return value(await createPersonalKey(holderId, DESK_PASSPHRASE, FAST))
}

/** Uploads the coordinator's new personal key. */
export async function uploadPersonalKey(app: FastifyInstance, who: Coordinator): Promise<PersonalKeyRecord> {
  const personalKey = await personalKeyFor(who.holderId)
  const response = await staffRequest(app, 'PUT', '/api/staff/desk/personal-key', { personalKey }, { cookie: who.cookie })
  if (response.statusCode !== 204) throw new Error(`personal key: ${response.statusCode} ${response.body}`)
  return personalKey
}

/** The coordinator makes a personal key and sets up the desk; returns what was made. */
export async function setUpDesk(app: FastifyInstance, who: Coordinator): Promise<{ desk: NewDesk; personalKey: PersonalKeyRecord }> {
  const personalKey = await uploadPersonalKey(app, who)
  const desk = value(await createDesk(personalKey))
  const response = await staffRequest(app, 'POST', '/api/staff/desk/setup', { deskKey: desk.deskKey, grants: desk.grants, recoveryKey: desk.recoveryKey }, { cookie: who.cookie })
  if (response.statusCode !== 201) throw new Error(`set-up: ${response.statusCode} ${response.body}`)
  return { desk, personalKey }
}

/** What GET /api/staff/desk answers the coordinator. */
export async function deskState(app: FastifyInstance, who: Coordinator): Promise<DeskStateView> {
  const response = await staffRequest(app, 'GET', '/api/staff/desk', undefined, { cookie: who.cookie })
  if (response.statusCode !== 200) throw new Error(`desk state: ${response.statusCode} ${response.body}`)
  return response.json()
}

/** Unlocks the desk as the coordinator's browser would, from what the server gives them. */
export async function unlockAs(app: FastifyInstance, who: Coordinator): Promise<DeskKeyring> {
  const state = await deskState(app, who)
  if (!state.personalKey) throw new Error('no personal key')
  return value(await unlockDesk(state.personalKey, DESK_PASSPHRASE, { deskKeys: state.deskKeys, grants: state.grants }))
}

/** A report sealed by the resident app's own code to `deskKey`. */
export function sealTestReport(deskKey: DeskKeyRecord, payload: unknown = { text: 'ข้อความทดสอบ' }): Promise<ReportEnvelope> {
  return sealReport(payload, { id: deskKey.id, publicKeyJwk: deskKey.publicKeyJwk })
}

/** POST /api/reports as the app sends it (from `address`, when the test app trusts a proxy). */
export function submitReport(
  app: FastifyInstance,
  body: unknown,
  options: { idempotencyKey?: string | null; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers }
  if (options.idempotencyKey !== null) headers['idempotency-key'] = options.idempotencyKey ?? crypto.randomUUID()
  return app.inject({ method: 'POST', url: '/api/reports', headers, payload: typeof body === 'string' ? body : JSON.stringify(body) })
}
