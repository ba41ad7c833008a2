import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeskReportView, DeskReportsView } from '@common/desk/api'
import type { DeskKeyRecord } from '@common/desk/records'
import { sealDeskNote } from '@/staff/desk/notes'
import { auditLines } from '../testing/audit'
import { createDeskTestApp, sealTestReport, setUpDesk, submitReport, value, type Coordinator, type DeskTestApp } from '../testing/desk'
import { signIn, staffRequest } from '../testing/staff'

let t: DeskTestApp
let somchai: Coordinator
let deskKey: DeskKeyRecord
const lookup = 'L'.repeat(43)

const REPORT_ACTIONS = ['report_read', 'report_status', 'report_note', 'follow_up_message', 'report_delete']
const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
  staffRequest(t.app, method, `/api/staff/desk/reports${path}`, body, { cookie: somchai.cookie })
const reports = async () => (await call('GET', '')).json<DeskReportsView>()
/** Tomorrow: a session lasts 12 hours at most, so the coordinator signs in again. */
async function nextDay(): Promise<void> {
  t.clock.advance(24 * 60 * 60 * 1000)
  somchai = { ...somchai, cookie: await signIn(t.app, 'somchai') }
}
const report = async (id: string) => (await reports()).reports.find((candidate) => candidate.id === id) as DeskReportView

beforeAll(async () => {
  t = await createDeskTestApp()
  somchai = await t.coordinator('somchai')
  deskKey = (await setUpDesk(t.app, somchai)).desk.deskKey
  await submitReport(t.app, await sealTestReport(deskKey))
  await nextDay()
  await submitReport(t.app, { ...(await sealTestReport(deskKey)), followUpLookup: lookup })
})
afterAll(() => t.close())

describe('the inbox', () => {
  it('lists every report newest day first: ciphertext, the day only, status, no deletion date while open', async () => {
    const view = await reports()
    expect(view.retentionDays).toBe(90)
    expect(view.reports.map((listed) => [listed.receivedOn, listed.status, listed.statusChangedOn, listed.deletesOn, listed.hasFollowUp, listed.notes])).toEqual([
      ['2026-12-02', 'new', '2026-12-02', null, true, []],
      ['2026-12-01', 'new', '2026-12-01', null, false, []],
    ])
    expect(view.reports[0]?.envelope.keyId).toBe(deskKey.id)
  })

  it('moves a report new → in progress → closed (deletion date = closing day + retention) and back', async () => {
    const [newest] = (await reports()).reports
    const id = newest?.id ?? ''
    expect((await call('PATCH', `/${id}`, { status: 'in_progress' })).statusCode).toBe(204)
    await nextDay()
    expect((await call('PATCH', `/${id}`, { status: 'closed' })).statusCode).toBe(204)
    expect(await report(id)).toMatchObject({ status: 'closed', statusChangedOn: '2026-12-03', deletesOn: '2027-03-03' })
    expect((await call('PATCH', `/${id}`, { status: 'new' })).statusCode).toBe(204)
    expect(await report(id)).toMatchObject({ status: 'new', deletesOn: null })
    expect((await call('PATCH', `/${id}`, { status: 'done' })).json().code).toBe('invalid_request')
  })

  it('keeps notes encrypted to a desk key it knows, refusing private keys and unknown keys', async () => {
    const [newest] = (await reports()).reports
    const id = newest?.id ?? ''
    const envelope = value(await sealDeskNote({ text: 'โทรกลับแล้ว', author: 'somchai', writtenAt: '2026-12-03T10:00:00Z' }, deskKey))
    expect((await call('POST', `/${id}/notes`, { envelope: { ...envelope, keyId: 'desk-unknown' } })).json().code).toBe('unknown_desk_key')
    expect((await call('POST', `/${id}/notes`, { envelope: { ...envelope, epk: { ...envelope.epk, d: 'x' } } })).json().code).toBe('private_key_refused')
    const added = await call('POST', `/${id}/notes`, { envelope })
    expect(added.statusCode).toBe(201)
    expect((await report(id)).notes).toEqual([{ id: added.json().id, createdOn: '2026-12-03', envelope }])
  })

  it('stores the desk’s message to a resident only for a report with a follow-up code', async () => {
    const [newest, oldest] = (await reports()).reports
    const message = { v: 1, iv: 'A'.repeat(16), ciphertext: 'B'.repeat(363) }
    expect((await call('PUT', `/${oldest?.id}/follow-up-message`, { message })).json().code).toBe('no_follow_up')
    expect((await call('PUT', `/${newest?.id}/follow-up-message`, { message })).statusCode).toBe(204)
    expect((await report(newest?.id ?? '')).followUpMessage).toEqual(message)
  })

  it('answers an unknown report with 404 and a malformed id with 400', async () => {
    const unknown = await call('POST', `/${crypto.randomUUID()}/read`, {})
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'report_not_found'])
    expect((await call('PATCH', '/not-an-id', { status: 'closed' })).statusCode).toBe(400)
  })

  it('deletes only a closed report, its notes with it (rows, not flags)', async () => {
    const [newest] = (await reports()).reports
    const id = newest?.id ?? ''
    await call('POST', `/${id}/read`, {})
    const open = await call('DELETE', `/${id}`)
    expect([open.statusCode, open.json().code]).toEqual([409, 'report_not_closed'])
    await call('PATCH', `/${id}`, { status: 'closed' })
    expect((await call('DELETE', `/${id}`)).statusCode).toBe(204)
    expect(await t.database.db.selectFrom('reports').select('id').where('id', '=', id).execute()).toEqual([])
    expect(await t.database.db.selectFrom('report_notes').select('id').where('report_id', '=', id).execute()).toEqual([])
  })

  it('audits every action on a report with who and which report, never content', async () => {
    const lines = await auditLines(t.database.db, REPORT_ACTIONS)
    expect(lines.map((line) => line.replace(/"report":"[0-9a-f-]{36}"/, '"report":"…"'))).toEqual([
      `report_status ${somchai.id} {"to":"in_progress","from":"new","report":"…"}`,
      `report_status ${somchai.id} {"to":"closed","from":"in_progress","report":"…"}`,
      `report_status ${somchai.id} {"to":"new","from":"closed","report":"…"}`,
      `report_note ${somchai.id} {"report":"…"}`,
      `follow_up_message ${somchai.id} {"report":"…"}`,
      `report_read ${somchai.id} {"report":"…"}`,
      `report_status ${somchai.id} {"to":"closed","from":"new","report":"…"}`,
      `report_delete ${somchai.id} {"report":"…"}`,
    ])
  })
})
