import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SafeSpaceDb } from '@/data/database'
import { freshDatabase } from '@/data/testFixtures'
import type { ReportPayload } from '@/domain/report/types'
import { openReport } from '@/safety/reportEncryption'
import { queueReport } from './queueReport'
import { everythingStored, testDeskKey } from './reportTestKit'

let db: SafeSpaceDb
beforeEach(() => {
  db = freshDatabase()
})
afterEach(async () => {
  await db.delete()
})

const MARKER = 'MARKER-7f3a ตีที่บ้านทุกคืน'
const payload: ReportPayload = {
  v: 1,
  submittedAt: '2026-03-01T10:00:00.000Z',
  locale: 'th',
  inDanger: false,
  affected: 'woman',
  violence: ['physical'],
  place: { kind: 'district', code: 1002 },
  whatHappened: MARKER,
  contact: { kind: 'phone', phone: '0812345678', safeTime: { from: '09:00', to: '11:00' }, codeWord: 'MARKER-codeword' },
  consent: true,
}

describe('queueReport', () => {
  it('stores only the encrypted envelope: no table and no web storage holds the text, phone or code word', async () => {
    const desk = await testDeskKey()
    const id = await queueReport(payload, desk.key, db.outbox)

    const stored = await everythingStored(db)
    expect(stored).toContain(id)
    expect(stored).not.toContain('MARKER')
    expect(stored).not.toContain('0812345678')
    expect(stored).not.toContain('ตีที่บ้าน')
  })

  it('stores an envelope the case desk can open to the exact report', async () => {
    const desk = await testDeskKey('desk-2026')
    const id = await queueReport(payload, desk.key, db.outbox)
    const entry = await db.outbox.get(id)
    expect(entry?.envelope.keyId).toBe('desk-2026')
    expect(await openReport(entry!.envelope, { privateKey: desk.privateKey, publicKeyJwk: desk.key.publicKeyJwk })).toEqual(payload)
  })
})
