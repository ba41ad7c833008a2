import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDesk, rotateDeskKey } from '@/staff/desk/deskKey'
import { grantDeskKeys } from '@/staff/desk/grants'
import type { PersonalKeyRecord } from '@/staff/desk/records'
import { auditLines } from '../testing/audit'
import { createDeskTestApp, deskState, personalKeyFor, setUpDesk, unlockAs, uploadPersonalKey, value, type Coordinator, type DeskTestApp } from '../testing/desk'
import { addStaff, staffRequest } from '../testing/staff'

let t: DeskTestApp
let somchai: Coordinator
let malee: Coordinator
let niran: Coordinator

const DESK_ACTIONS = ['desk_setup', 'desk_unlock', 'desk_grant', 'desk_revoke', 'desk_rotate']
const call = (who: Coordinator, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) =>
  staffRequest(t.app, method, `/api/staff/desk${path}`, body, { cookie: who.cookie })

beforeAll(async () => {
  t = await createDeskTestApp()
  somchai = await t.coordinator('somchai')
  malee = await t.coordinator('malee')
  niran = await t.coordinator('niran')
})
afterAll(() => t.close())

describe('personal keys', () => {
  it('shows an empty desk to a coordinator who has no key yet, with every coordinator listed', async () => {
    const state = await deskState(t.app, somchai)
    expect(state).toMatchObject({ initialized: false, deskKeys: [], personalKey: null, grants: [], recoveryKey: null, rotationDue: false })
    expect(state.holders.map((holder) => [holder.username, holder.publicKey, holder.holdsCurrentKey])).toEqual([
      ['malee', null, false],
      ['niran', null, false],
      ['somchai', null, false],
    ])
  })

  it('refuses a record that carries a private key, one for someone else and one with an unknown field', async () => {
    const record = await personalKeyFor(somchai.holderId)
    const withPrivate = await call(somchai, 'PUT', '/personal-key', { personalKey: { ...record, publicKeyJwk: { ...record.publicKeyJwk, d: 'A'.repeat(43) } } })
    expect([withPrivate.statusCode, withPrivate.json().code]).toEqual([400, 'private_key_refused'])
    const nested = await call(somchai, 'PUT', '/personal-key', { personalKey: record, d: 'x' })
    expect(nested.json().code).toBe('private_key_refused')
    const someoneElse = await call(somchai, 'PUT', '/personal-key', { personalKey: await personalKeyFor(malee.holderId) })
    expect([someoneElse.statusCode, someoneElse.json().code]).toEqual([400, 'desk_record_mismatch'])
    const extra = await call(somchai, 'PUT', '/personal-key', { personalKey: { ...record, note: 'hi' } })
    expect([extra.statusCode, extra.json().code]).toEqual([400, 'invalid_request'])
    expect(extra.json().message.th).toMatch(/[\u0E00-\u0E7F]/)
    expect((await deskState(t.app, somchai)).personalKey).toBeNull()
  })

  it('refuses a change sent from another site (Origin check)', async () => {
    const response = await staffRequest(t.app, 'PUT', '/api/staff/desk/personal-key', { personalKey: await personalKeyFor(somchai.holderId) }, { cookie: somchai.cookie, origin: 'https://evil.example' })
    expect([response.statusCode, response.json().code]).toEqual([403, 'origin_refused'])
  })
})

describe('the desk key: set-up, sharing, revoking, rotating', () => {
  let somchaiKey: PersonalKeyRecord

  it('refuses set-up before the coordinator has a personal key', async () => {
    const desk = value(await createDesk(await personalKeyFor(somchai.holderId)))
    const response = await call(somchai, 'POST', '/setup', { deskKey: desk.deskKey, grants: desk.grants, recoveryKey: desk.recoveryKey })
    expect([response.statusCode, response.json().code]).toEqual([409, 'personal_key_missing'])
  })

  it('refuses set-up whose grants are not to the creator and the recovery key', async () => {
    await uploadPersonalKey(t.app, somchai)
    const desk = value(await createDesk(await personalKeyFor(malee.holderId)))
    const response = await call(somchai, 'POST', '/setup', { deskKey: desk.deskKey, grants: desk.grants, recoveryKey: desk.recoveryKey })
    expect([response.statusCode, response.json().code]).toEqual([400, 'desk_record_mismatch'])
    expect((await deskState(t.app, somchai)).initialized).toBe(false)
  })

  it('sets up once: the creator unlocks, the recovery key is stored, a second set-up is refused', async () => {
    const { desk, personalKey } = await setUpDesk(t.app, somchai)
    somchaiKey = personalKey
    const state = await deskState(t.app, somchai)
    expect(state).toMatchObject({ initialized: true, deskKeys: [desk.deskKey], recoveryKey: desk.recoveryKey, rotationDue: false })
    expect(state.grants.map((grant) => grant.holderId)).toEqual([somchai.holderId])
    expect((await unlockAs(t.app, somchai)).deskKeys()).toEqual([desk.deskKey])
    const again = value(await createDesk(somchaiKey))
    const second = await call(somchai, 'POST', '/setup', { deskKey: again.deskKey, grants: again.grants, recoveryKey: again.recoveryKey })
    expect([second.statusCode, second.json().code]).toEqual([409, 'desk_exists'])
    expect((await deskState(t.app, somchai)).deskKeys).toEqual([desk.deskKey])
  })

  it('grants only to an active coordinator with a personal key; the recipient then unlocks', async () => {
    const keyring = await unlockAs(t.app, somchai)
    const volunteer = await addStaff(t.app, t.adminCookie, 'wichai', 'volunteer')
    const toVolunteer = value(await grantDeskKeys(keyring, { holderId: `staff-${volunteer.id}`, publicKeyJwk: somchaiKey.publicKeyJwk }))
    expect((await call(somchai, 'POST', '/grants', { grants: toVolunteer })).json().code).toBe('recipient_not_coordinator')
    const maleeKey = await personalKeyFor(malee.holderId)
    const beforeKey = await call(somchai, 'POST', '/grants', { grants: value(await grantDeskKeys(keyring, maleeKey)) })
    expect([beforeKey.statusCode, beforeKey.json().code]).toEqual([400, 'recipient_not_coordinator'])

    await uploadPersonalKey(t.app, malee)
    const maleeState = await deskState(t.app, malee)
    const granted = await call(somchai, 'POST', '/grants', { grants: value(await grantDeskKeys(keyring, maleeState.personalKey as PersonalKeyRecord)) })
    expect(granted.statusCode).toBe(204)
    expect((await unlockAs(t.app, malee)).deskKeys()).toHaveLength(1)
    expect((await deskState(t.app, somchai)).holders.filter((holder) => holder.holdsCurrentKey).map((holder) => holder.username)).toEqual(['malee', 'somchai'])
  })

  it('revokes: never the recovery key, never the last person; removes the grants and asks for a rotation', async () => {
    expect((await call(somchai, 'DELETE', '/holders/desk-recovery')).json().code).toBe('recovery_key_not_revocable')
    expect((await call(somchai, 'DELETE', `/holders/${niran.holderId}`)).json().code).toBe('holder_not_found')
    expect((await call(somchai, 'DELETE', `/holders/${malee.holderId}`)).statusCode).toBe(204)
    const state = await deskState(t.app, somchai)
    expect(state.rotationDue).toBe(true)
    expect((await deskState(t.app, malee)).grants).toEqual([])
    const last = await call(somchai, 'DELETE', `/holders/${somchai.holderId}`)
    expect([last.statusCode, last.json().code]).toEqual([409, 'last_holder'])
  })

  it('rotates to a new key for exactly the remaining holders; the old key stays, the new one is published first', async () => {
    const state = await deskState(t.app, somchai)
    const keyring = await unlockAs(t.app, somchai)
    const recovery = state.recoveryKey as PersonalKeyRecord
    const maleeKey = (await deskState(t.app, malee)).personalKey as PersonalKeyRecord
    const withRevoked = value(await rotateDeskKey(keyring, [somchaiKey, recovery, maleeKey]))
    expect((await call(somchai, 'POST', '/rotate', withRevoked)).json().code).toBe('desk_holders_changed')
    const rotation = value(await rotateDeskKey(keyring, [somchaiKey, recovery]))
    const response = await call(somchai, 'POST', '/rotate', rotation)
    expect(response.statusCode).toBe(201)
    const after = await deskState(t.app, somchai)
    expect(after.rotationDue).toBe(false)
    expect(after.deskKeys.map((key) => key.id)).toEqual([rotation.deskKey.id, state.deskKeys[0]?.id])
    const config = (await t.app.inject({ method: 'GET', url: '/api/config' })).json<{ caseDeskKeys: { id: string }[] }>()
    expect(config.caseDeskKeys[0]?.id).toBe(rotation.deskKey.id)
    expect((await unlockAs(t.app, somchai)).deskKeys()).toHaveLength(2)
    expect((await call(somchai, 'POST', '/rotate', rotation)).json().code).toBe('desk_key_exists')
  })

  it('records who unlocked, and every key action, with no content', async () => {
    expect((await call(malee, 'POST', '/unlocked', {})).statusCode).toBe(204)
    expect(await auditLines(t.database.db, DESK_ACTIONS)).toEqual([
      `desk_setup ${somchai.id}`,
      `desk_grant ${somchai.id} ${malee.id}`,
      `desk_revoke ${somchai.id} ${malee.id}`,
      `desk_rotate ${somchai.id}`,
      `desk_unlock ${malee.id}`,
    ])
  })
})
