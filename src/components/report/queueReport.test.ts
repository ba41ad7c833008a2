import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SafeSpaceDb } from '@/data/database'
import { freshDatabase } from '@/data/testFixtures'
import { generateFollowUpCode } from '@/domain/report/followUpCode'
import { deriveFollowUpSecrets, type FollowUpSecrets } from '@/domain/report/followUpSecrets'
import type { ReportPayload } from '@/domain/report/types'
import { WHAT_HAPPENED_MAX } from '@/domain/report/validation'
import { openReport } from '@/safety/reportEncryption'
import { base64UrlLength, GCM_TAG_BYTES } from '@common/report/wire'
import { queueReport } from './queueReport'
import { everythingStored, testDeskKey } from './reportTestKit'

let db: SafeSpaceDb
let followUp: FollowUpSecrets
beforeEach(async () => {
  db = freshDatabase()
  followUp = await deriveFollowUpSecrets(generateFollowUpCode())
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
    const id = await queueReport(payload, desk.key, db.outbox, followUp)

    const stored = await everythingStored(db)
    expect(stored).toContain(id)
    expect(stored).not.toContain('MARKER')
    expect(stored).not.toContain('0812345678')
    expect(stored).not.toContain('ตีที่บ้าน')
    expect(stored).not.toContain(followUp.messageKey)
  })

  it('stores an envelope the case desk can open to the exact report, with the follow-up message key inside', async () => {
    const desk = await testDeskKey('desk-2026')
    const id = await queueReport(payload, desk.key, db.outbox, followUp)
    const { followUpLookup, ...envelope } = (await db.outbox.get(id))!.envelope
    expect(envelope.keyId).toBe('desk-2026')
    expect(await openReport(envelope, { privateKey: desk.privateKey, publicKeyJwk: desk.key.publicKeyJwk })).toEqual({
      ...payload,
      followUp: { messageKey: followUp.messageKey },
    })
    // Beside the ciphertext only the lookup hash, which the server needs to answer a lookup.
    expect(followUpLookup).toBe(followUp.lookupHash)
    expect(Object.keys(envelope).sort()).toEqual(['ciphertext', 'epk', 'iv', 'keyId', 'salt', 'v'])
  })

  it('keeps the padded sizes with the message key inside: a short report is 2 KB, the longest the form allows 8 KB', async () => {
    const desk = await testDeskKey()
    const longest: ReportPayload = { ...payload, whatHappened: 'ก'.repeat(WHAT_HAPPENED_MAX), contact: { kind: 'phone', phone: '0812345678', safeTime: { from: '09:00', to: '11:00' }, codeWord: 'ข'.repeat(40) } }
    const sizes = []
    for (const report of [payload, longest]) {
      const id = await queueReport(report, desk.key, db.outbox, followUp)
      sizes.push((await db.outbox.get(id))!.envelope.ciphertext.length)
    }
    expect(sizes).toEqual([base64UrlLength(2_048 + GCM_TAG_BYTES), base64UrlLength(8_192 + GCM_TAG_BYTES)])
  })
})
