import { Writable } from 'node:stream'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeskReportsView } from '@common/desk/api'
import { openReport } from '@/safety/reportEncryption'
import { deriveFollowUpSecrets, generateFollowUpCode, sealFollowUpMessage } from '@/staff/desk/followUpCode'
import { sealDeskNote } from '@/staff/desk/notes'
import { buildApp } from '../app'
import type { Database } from '../db/schema'
import type { OpenDatabase } from '../db/open'
import { sealTestReport, setUpDesk, submitReport, unlockAs, value, type Coordinator } from '../testing/desk'
import { addStaff, movableClock, setUpFirstAdmin, staffRequest } from '../testing/staff'
import { freshDatabase, testConfig } from '../testing/testApp'
import type { FastifyInstance } from 'fastify'

// A resident's words must exist nowhere on the server but inside ciphertext: not in any table,
// not in the request log. The marker goes through the whole path (report, note, follow-up message).

const MARKER = 'MARKER-7f3a ข้อความลับ-ทดสอบ'

/** Every row of every table in the public schema, as text. */
async function dumpEveryTable(db: Kysely<Database>): Promise<string> {
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(db)
  const parts = []
  for (const { name } of tables.rows) {
    const rows = await sql<{ text: string | null }>`select string_agg(t::text, E'\n') as text from ${sql.table(name)} t`.execute(db)
    parts.push(`-- ${name}\n${rows.rows[0]?.text ?? ''}`)
  }
  return parts.join('\n')
}

let database: OpenDatabase
let app: FastifyInstance
let log = ''
let somchai: Coordinator

beforeAll(async () => {
  database = await freshDatabase()
  const captured = new Writable({ write: (chunk, _encoding, done) => void ((log += String(chunk)), done()) })
  app = await buildApp({ config: testConfig(), db: database.db, log: captured, clock: movableClock().now })
  const adminCookie = await setUpFirstAdmin(app, 'marker.admin')
  const { id, cookie } = await addStaff(app, adminCookie, 'somchai', 'coordinator')
  somchai = { id, cookie, holderId: `staff-${id}` }
})
afterAll(async () => {
  await app.close()
  await database.close()
})

describe('a report’s plaintext on the server', () => {
  it('is found nowhere in the database or the log after a report, a note and a follow-up message carry it', async () => {
    const { deskKey } = (await setUpDesk(app, somchai)).desk
    const { lookupHash, messageKey } = await deriveFollowUpSecrets(generateFollowUpCode())
    const envelope = await sealTestReport(deskKey, { whatHappened: MARKER, followUp: { messageKey } })
    const sent = await submitReport(app, { ...envelope, followUpLookup: lookupHash })
    expect(sent.statusCode).toBe(201)

    const inbox = (await staffRequest(app, 'GET', '/api/staff/desk/reports', undefined, { cookie: somchai.cookie })).json<DeskReportsView>()
    const [stored] = inbox.reports
    const keyring = await unlockAs(app, somchai)
    const { privateKey, record } = value(keyring.privateKeyFor(deskKey.id))
    // The desk really reads the marker: the search below looks for something that was sent.
    expect(await openReport(stored?.envelope ?? envelope, { privateKey, publicKeyJwk: record.publicKeyJwk })).toMatchObject({ whatHappened: MARKER })

    const note = value(await sealDeskNote({ text: MARKER, author: 'somchai', writtenAt: '2026-12-01T08:00:00Z' }, deskKey))
    expect((await staffRequest(app, 'POST', `/api/staff/desk/reports/${stored?.id}/notes`, { envelope: note }, { cookie: somchai.cookie })).statusCode).toBe(201)
    const message = value(await sealFollowUpMessage(MARKER, messageKey))
    expect((await staffRequest(app, 'PUT', `/api/staff/desk/reports/${stored?.id}/follow-up-message`, { message }, { cookie: somchai.cookie })).statusCode).toBe(204)
    expect((await app.inject({ method: 'POST', url: '/api/follow-up', payload: { lookup: lookupHash } })).json()).toMatchObject({ found: true })

    const dump = await dumpEveryTable(database.db)
    expect(dump).toContain(stored?.id)
    expect(dump).not.toContain(MARKER)
    expect(dump).not.toContain(lookupHash)
    expect(log).toContain('/api/reports')
    expect(log).not.toContain(MARKER)
    expect(log).not.toContain(sent.json<{ idempotencyKey: string }>().idempotencyKey)
  })

  it('is found by the same search when it is written in the clear on purpose (the search can fail)', async () => {
    const [stored] = await database.db.selectFrom('reports').select('id').execute()
    await database.db.insertInto('report_notes').values({ report_id: stored?.id ?? '', created_on: '2026-12-01', envelope: JSON.stringify({ text: MARKER }) }).execute()
    expect(await dumpEveryTable(database.db)).toContain(MARKER)
    app.log.info({ text: MARKER }, 'deliberately logged')
    expect(log).toContain(MARKER)
  })
})
