import { describe, expect, it } from 'vitest'
import type { DeskHolderView } from '@common/desk/api'
import { rotationRecipients } from './holders'
import { followUpMessageKey, readReportPayload, reportLines } from './reportReading'
import { nextStatus } from './statusFlow'
import { samplePayload } from './testing/deskTestKit'

describe('readReportPayload', () => {
  it('accepts what the resident form sends, with or without a follow-up key', () => {
    expect(readReportPayload(samplePayload('x'))).not.toBeNull()
    expect(readReportPayload({ ...samplePayload('x'), followUp: { messageKey: 'k' }, place: null, contact: { kind: 'none' } })).not.toBeNull()
  })

  it.each([
    ['no consent', { consent: false }],
    ['an unknown kind of violence', { violence: ['physical', 'other'] }],
    ['no violence chosen', { violence: [] }],
    ['a phone without a safe time', { contact: { kind: 'phone', phone: '0812345678' } }],
    ['a place of an unknown kind', { place: { kind: 'address', text: 'x' } }],
    ['another version', { v: 2 }],
  ])('refuses %s (the desk then says it cannot be read)', (_, change) => {
    expect(readReportPayload({ ...samplePayload('x'), ...change })).toBeNull()
  })
})

describe('reportLines', () => {
  it('names each answer with the form’s message keys, in the form’s order', () => {
    const lines = reportLines(samplePayload('เกิดเรื่อง', { inDanger: false, place: { kind: 'position', lat: 13.7563, lng: 100.5018, precisionKm: 1 } }))
    expect(lines.map((line) => line.id)).toEqual(['inDanger', 'affected', 'violence', 'place', 'whatHappened', 'contact', 'consent'])
    expect(lines[0]?.answers).toEqual([{ key: 'report.danger.no' }])
    expect(lines[3]?.answers[1]).toEqual({ key: 'desk.report.position', values: { lat: '13.76', lng: '100.50' } })
    expect(lines[4]?.answers).toEqual([{ text: 'เกิดเรื่อง' }])
  })

  it('says when nothing was written', () => {
    expect(reportLines(samplePayload('', { whatHappened: undefined }))[4]?.answers).toEqual([{ key: 'desk.report.nothingWritten' }])
  })
})

describe('followUpMessageKey', () => {
  it('is the key inside the report when the resident asked for a code, else null', () => {
    expect(followUpMessageKey({ followUp: { messageKey: 'abc' } })).toBe('abc')
    expect(followUpMessageKey(samplePayload('x'))).toBeNull()
  })
})

describe('nextStatus', () => {
  it('moves new → in progress → closed, and reopens a closed one', () => {
    expect(['new', 'in_progress', 'closed'].map((status) => nextStatus(status as 'new'))).toEqual(['in_progress', 'closed', 'in_progress'])
  })
})

describe('rotationRecipients', () => {
  const jwk = (x: string) => ({ kty: 'EC' as const, crv: 'P-256' as const, x, y: x })
  const holder = (id: number, holds: boolean, hasKey = true): DeskHolderView => ({
    holderId: `staff-${id}`,
    username: `u${id}`,
    publicKey: hasKey ? { holderId: `staff-${id}`, publicKeyJwk: jwk(String(id)) } : null,
    holdsCurrentKey: holds,
  })

  it('is every coordinator still holding the current key, and the recovery key', () => {
    const recoveryKey = { v: 1, holderId: 'desk-recovery', publicKeyJwk: jwk('r'), kdf: { name: 'HKDF', hash: 'SHA-256', salt: 's' }, createdAt: '', iv: '', wrappedPrivateKey: '' } as const
    const recipients = rotationRecipients({ holders: [holder(1, true), holder(2, false), holder(3, false, false), holder(4, true)], recoveryKey })
    expect(recipients.map((recipient) => recipient.holderId)).toEqual(['staff-1', 'staff-4', 'desk-recovery'])
  })
})
