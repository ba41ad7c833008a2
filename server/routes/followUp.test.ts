import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FollowUpLookupView } from '@common/desk/api'
import { deriveFollowUpSecrets, generateFollowUpCode, openFollowUpMessage, sealFollowUpMessage } from '@/staff/desk/followUpCode'
import { createDeskTestApp, sealTestReport, setUpDesk, submitReport, value, type Coordinator, type DeskTestApp } from '../testing/desk'
import { staffRequest } from '../testing/staff'
import { FOLLOW_UP_LOOKUPS_PER_CLIENT } from './followUp'

let t: DeskTestApp
let somchai: Coordinator
let lookupHash: string
let messageKey: string
let reportId: string

const lookUp = (lookup: string, remoteAddress = '198.51.100.1') =>
  t.app.inject({ method: 'POST', url: '/api/follow-up', remoteAddress, headers: { 'content-type': 'application/json' }, payload: { lookup } })
const view = async (lookup: string) => (await lookUp(lookup)).json<FollowUpLookupView>()
const desk = (method: 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown) => staffRequest(t.app, method, `/api/staff/desk/reports/${reportId}${path}`, body, { cookie: somchai.cookie })

beforeAll(async () => {
  t = await createDeskTestApp()
  somchai = await t.coordinator('somchai')
  const { deskKey } = (await setUpDesk(t.app, somchai)).desk
  ;({ lookupHash, messageKey } = await deriveFollowUpSecrets(generateFollowUpCode()))
  await submitReport(t.app, { ...(await sealTestReport(deskKey)), followUpLookup: lookupHash })
  reportId = (await t.database.db.selectFrom('reports').select('id').executeTakeFirstOrThrow()).id
})
afterAll(() => t.close())

describe('POST /api/follow-up', () => {
  it('stores only a keyed hash of the lookup, never the lookup itself', async () => {
    const row = await t.database.db.selectFrom('reports').select('follow_up_lookup').executeTakeFirstOrThrow()
    expect(row.follow_up_lookup).toMatch(/^[0-9a-f]{64}$/)
    expect(row.follow_up_lookup).not.toContain(lookupHash)
  })

  it('follows the report: received, someone will contact you (with the desk’s message), closed', async () => {
    expect(await view(lookupHash)).toEqual({ found: true, status: 'received', message: null })
    await desk('PATCH', '', { status: 'in_progress' })
    const sealed = value(await sealFollowUpMessage('เราจะโทรหาตามเวลาที่คุณสะดวก', messageKey))
    await desk('PUT', '/follow-up-message', { message: sealed })
    const contact = await view(lookupHash)
    expect(contact).toEqual({ found: true, status: 'contact', message: sealed })
    if (contact.found && contact.message) expect(value(await openFollowUpMessage(contact.message, messageKey))).toBe('เราจะโทรหาตามเวลาที่คุณสะดวก')
    await desk('PATCH', '', { status: 'closed' })
    expect(await view(lookupHash)).toMatchObject({ found: true, status: 'closed' })
  })

  it('answers a code that matches nothing exactly like any other miss, and a deleted report the same', async () => {
    const other = (await deriveFollowUpSecrets(generateFollowUpCode())).lookupHash
    const miss = await lookUp(other)
    expect([miss.statusCode, miss.json()]).toEqual([200, { found: false }])
    expect((await desk('DELETE', '')).statusCode).toBe(204)
    const deleted = await lookUp(lookupHash)
    expect([deleted.statusCode, deleted.body]).toEqual([miss.statusCode, miss.body])
  })

  it('refuses a lookup that is not a 32-byte hash', async () => {
    const response = await lookUp('TH4820193377615204KX')
    expect([response.statusCode, response.json().code]).toEqual([400, 'invalid_request'])
  })

  it('limits lookups per client', async () => {
    const statuses = []
    for (let i = 0; i <= FOLLOW_UP_LOOKUPS_PER_CLIENT.limit; i++) statuses.push((await lookUp(lookupHash, '198.51.100.9')).statusCode)
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    expect((await lookUp(lookupHash, '198.51.100.10')).statusCode).toBe(200)
  })
})
