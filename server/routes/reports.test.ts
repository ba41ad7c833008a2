import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_ENVELOPE_JSON_CHARS, type ReportEnvelope } from '@common/report/wire'
import { createDesk } from '@/staff/desk/deskKey'
import type { DeskKeyRecord } from '@/staff/desk/records'
import { createDeskTestApp, personalKeyFor, sealTestReport, setUpDesk, submitReport, value, type Coordinator, type DeskTestApp } from '../testing/desk'
import { REPORTS_PER_CLIENT } from './reports'

let t: DeskTestApp
let somchai: Coordinator

beforeAll(async () => {
  t = await createDeskTestApp()
  somchai = await t.coordinator('somchai')
})
afterAll(() => t.close())

const countReports = async () => Number((await t.database.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
const config = async () => (await t.app.inject({ method: 'GET', url: '/api/config' })).json<{ caseDeskKeys: { id: string }[]; reportEndpoint: string | null; reportsAccepted: boolean }>()

describe('before the desk exists', () => {
  it('publishes no key and no endpoint, so the form says it cannot send', async () => {
    expect(await config()).toMatchObject({ caseDeskKeys: [], reportEndpoint: null, reportsAccepted: false })
    const legacy = (await t.app.inject({ method: 'GET', url: '/config.json' })).json()
    expect(legacy).toEqual({ caseDeskKeys: [], reportEndpoint: null })
  })

  it('refuses a report to a key it does not have: 400 unknown-key, nothing stored', async () => {
    const stranger = value(await createDesk(await personalKeyFor('staff-999'))).deskKey
    const response = await submitReport(t.app, await sealTestReport(stranger))
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'unknown-key', error: 'unknown-key' })
    expect(await countReports()).toBe(0)
  })
})

describe('with a desk key', () => {
  let deskKey: DeskKeyRecord
  let envelope: ReportEnvelope

  beforeAll(async () => {
    deskKey = (await setUpDesk(t.app, somchai)).desk.deskKey
    envelope = await sealTestReport(deskKey)
  })

  it('publishes the desk key and the endpoint in /api/config and config.json', async () => {
    const published = { id: deskKey.id, publicKeyJwk: deskKey.publicKeyJwk }
    expect(await config()).toMatchObject({ caseDeskKeys: [published], reportEndpoint: '/api/reports', reportsAccepted: true })
    expect((await t.app.inject({ method: 'GET', url: '/config.json' })).json()).toEqual({ caseDeskKeys: [published], reportEndpoint: '/api/reports' })
  })

  it('stores a report once and acknowledges it; a repeat gets the same answer and stores nothing', async () => {
    const before = await countReports()
    const key = crypto.randomUUID()
    // 01:30 on 2 December in Bangkok, 18:30 on 1 December UTC: the Bangkok day is kept.
    t.clock.advance(Date.parse('2026-12-01T18:30:00Z') - t.clock.now().getTime())
    const first = await submitReport(t.app, envelope, { idempotencyKey: key })
    const repeat = await submitReport(t.app, envelope, { idempotencyKey: key })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toEqual({ stored: true, idempotencyKey: key })
    expect([repeat.statusCode, repeat.body]).toEqual([first.statusCode, first.body])
    expect(await countReports()).toBe(before + 1)
    const row = await t.database.db.selectFrom('reports').selectAll().orderBy('received_on', 'desc').executeTakeFirstOrThrow()
    expect(JSON.parse(row.envelope)).toEqual(envelope)
    expect(row.status).toBe('new')
    expect(row.idempotency_key_hash).not.toContain(key)
    const day = await t.database.db.selectFrom('reports').select((eb) => eb.fn<string>('to_char', [eb.ref('received_on'), eb.val('YYYY-MM-DD')]).as('day')).executeTakeFirstOrThrow()
    expect(day.day).toBe('2026-12-02')
  })

  it('stores one row when twenty copies with one key race, and answers every copy alike', async () => {
    const before = await countReports()
    const key = crypto.randomUUID()
    const answers = await Promise.all(Array.from({ length: 20 }, () => submitReport(t.app, envelope, { idempotencyKey: key })))
    expect(new Set(answers.map((answer) => `${answer.statusCode} ${answer.body}`))).toEqual(new Set([`201 ${JSON.stringify({ stored: true, idempotencyKey: key })}`]))
    expect(await countReports()).toBe(before + 1)
  })

  it('refuses a missing or malformed Idempotency-Key', async () => {
    for (const idempotencyKey of [null, 'not-a-uuid', crypto.randomUUID().toUpperCase()]) {
      const response = await submitReport(t.app, envelope, { idempotencyKey })
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({ code: 'missing-idempotency-key', error: 'missing-idempotency-key' })
    }
  })

  it('refuses an oversized body before reading it: 413 too-large', async () => {
    const before = await countReports()
    const huge = JSON.stringify({ ...envelope, ciphertext: 'A'.repeat(MAX_ENVELOPE_JSON_CHARS) })
    const response = await submitReport(t.app, huge)
    expect(response.statusCode).toBe(413)
    expect(response.json()).toMatchObject({ code: 'too-large', error: 'too-large', message: { th: expect.stringMatching(/[\u0E00-\u0E7F]/) } })
    expect(await countReports()).toBe(before)
  })

  it.each([
    ['not JSON', () => '{"v":2,', 'json'],
    ['an array', () => [], 'envelope'],
    ['an extra field', (sealed: ReportEnvelope) => ({ ...sealed, sentAt: '2026-12-01T08:00:00Z' }), 'envelope'],
    ['a ciphertext that is no padded size', (sealed: ReportEnvelope) => ({ ...sealed, ciphertext: sealed.ciphertext.slice(4) }), 'ciphertext'],
    ['a follow-up lookup that is not 32 bytes', (sealed: ReportEnvelope) => ({ ...sealed, followUpLookup: 'short' }), 'followUpLookup'],
  ])('refuses %s: 400 malformed-envelope naming the field, nothing stored', async (_what, bodyFrom, field) => {
    const before = await countReports()
    const response = await submitReport(t.app, bodyFrom(envelope))
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'malformed-envelope', error: 'malformed-envelope' })
    expect(response.json<{ message: { en: string } }>().message.en).toContain(field)
    expect(await countReports()).toBe(before)
  })

  it('limits reports per client without storing the address, and counts each client apart', async () => {
    const address = '203.0.113.77'
    const from = (remoteAddress: string) => t.app.inject({ method: 'POST', url: '/api/reports', remoteAddress, headers: { 'content-type': 'application/json' }, payload: '{}' })
    const statuses = []
    for (let i = 0; i <= REPORTS_PER_CLIENT.limit; i++) statuses.push((await from(address)).statusCode)
    expect(statuses.slice(0, REPORTS_PER_CLIENT.limit).every((status) => status === 400)).toBe(true)
    const refused = await from(address)
    expect(refused.statusCode).toBe(429)
    expect(refused.json()).toMatchObject({ code: 'rate_limited' })
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect((await from('203.0.113.78')).statusCode).toBe(400)
    const buckets = await t.database.db.selectFrom('rate_limit_counters').select('bucket').execute()
    expect(JSON.stringify(buckets)).not.toContain(address)
  })

  it('accepts reports to an older desk key after a rotation (phones that queued them offline)', async () => {
    const older = deskKey
    await t.database.db.insertInto('desk_keys').values({ id: 'desk-newer', record: JSON.stringify({ ...older, id: 'desk-newer' }) }).execute()
    expect((await config()).caseDeskKeys.map((key) => key.id)).toEqual(['desk-newer', older.id])
    expect((await submitReport(t.app, await sealTestReport(older))).statusCode).toBe(201)
  })
})
