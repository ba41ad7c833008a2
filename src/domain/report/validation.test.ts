import { describe, expect, it } from 'vitest'
import { emptyDraft, type ReportDraft } from './types'
import { buildReport, normaliseThaiPhone, WHAT_HAPPENED_MAX } from './validation'

const now = new Date('2026-03-01T10:20:30.000Z')

function complete(overrides: Partial<ReportDraft> = {}): ReportDraft {
  return {
    ...emptyDraft(),
    inDanger: 'no',
    affected: 'woman',
    violence: ['physical', 'economic'],
    contactChoice: 'none',
    consent: true,
    ...overrides,
  }
}

describe('buildReport', () => {
  it('turns a complete draft into the payload', () => {
    const result = buildReport(complete({ whatHappened: '  เขาตีฉัน  ' }), { now, locale: 'th' })
    expect(result).toEqual({
      ok: true,
      payload: {
        v: 1,
        submittedAt: '2026-03-01T10:20:30.000Z',
        locale: 'th',
        inDanger: false,
        affected: 'woman',
        violence: ['physical', 'economic'],
        place: null,
        whatHappened: 'เขาตีฉัน',
        contact: { kind: 'none' },
        consent: true,
      },
    })
  })

  it('names every missing required answer, in Thai and English', () => {
    const result = buildReport(emptyDraft(), { now, locale: 'th' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(['affected', 'consent', 'contact', 'inDanger', 'violence'])
    for (const message of Object.values(result.errors)) {
      expect(message.th).toMatch(/[\u0E00-\u0E7F]/)
      expect(message.en).toMatch(/[A-Za-z]/)
    }
  })

  it('requires consent even when everything else is filled in', () => {
    const result = buildReport(complete({ consent: false }), { now, locale: 'en' })
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(['consent'])
  })

  it('leaves out an empty "what happened"', () => {
    const result = buildReport(complete({ whatHappened: '   ' }), { now, locale: 'th' })
    expect(result.ok && 'whatHappened' in result.payload).toBe(false)
  })

  it('rejects a "what happened" text that is too long', () => {
    const result = buildReport(complete({ whatHappened: 'ก'.repeat(WHAT_HAPPENED_MAX + 1) }), { now, locale: 'th' })
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(['whatHappened'])
  })

  describe('place', () => {
    it('sends a chosen community or district by id or code', () => {
      const community = buildReport(complete({ placeChoice: 'community', communityId: 'community-thai-kriang' }), { now, locale: 'th' })
      expect(community.ok && community.payload.place).toEqual({ kind: 'community', placeId: 'community-thai-kriang' })
      const district = buildReport(complete({ placeChoice: 'district', districtCode: 1002 }), { now, locale: 'th' })
      expect(district.ok && district.payload.place).toEqual({ kind: 'district', code: 1002 })
    })

    it('sends a position with its ~1 km precision', () => {
      const result = buildReport(complete({ placeChoice: 'position', position: { lat: 13.78, lng: 100.51 } }), { now, locale: 'th' })
      expect(result.ok && result.payload.place).toEqual({ kind: 'position', lat: 13.78, lng: 100.51, precisionKm: 1 })
    })

    it('asks for the missing choice when a kind of place is picked but not filled in', () => {
      for (const placeChoice of ['community', 'district', 'position'] as const) {
        const result = buildReport(complete({ placeChoice }), { now, locale: 'th' })
        expect(result.ok ? [] : Object.keys(result.errors)).toEqual(['place'])
      }
    })

    it('ignores leftovers of a kind of place that is no longer chosen', () => {
      const result = buildReport(complete({ placeChoice: 'none', districtCode: 1002, communityId: 'x' }), { now, locale: 'th' })
      expect(result.ok && result.payload.place).toBeNull()
    })
  })

  describe('contact', () => {
    it('sends a normalised phone, the safe time window and a code word', () => {
      const draft = complete({ contactChoice: 'phone', phone: '+66 81-234-5678', safeFrom: '22:00', safeTo: '06:30', codeWord: ' มะม่วง ' })
      const result = buildReport(draft, { now, locale: 'th' })
      expect(result.ok && result.payload.contact).toEqual({
        kind: 'phone',
        phone: '0812345678',
        safeTime: { from: '22:00', to: '06:30' },
        codeWord: 'มะม่วง',
      })
    })

    it('leaves out an empty code word', () => {
      const draft = complete({ contactChoice: 'phone', phone: '021234567', safeFrom: '09:00', safeTo: '10:00' })
      const result = buildReport(draft, { now, locale: 'th' })
      expect(result.ok && result.payload.contact).toEqual({ kind: 'phone', phone: '021234567', safeTime: { from: '09:00', to: '10:00' } })
    })

    it('asks for a valid phone and both ends of the safe time', () => {
      const result = buildReport(complete({ contactChoice: 'phone', phone: '12345', safeFrom: '09:00' }), { now, locale: 'th' })
      expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['phone', 'safeTime'])
    })

    it('sends nothing about the phone when the person says do not contact me', () => {
      const draft = complete({ contactChoice: 'none', phone: '0812345678', codeWord: 'secret' })
      const result = buildReport(draft, { now, locale: 'th' })
      expect(result.ok && result.payload.contact).toEqual({ kind: 'none' })
      expect(JSON.stringify(result)).not.toContain('0812345678')
    })
  })
})

describe('normaliseThaiPhone', () => {
  it('accepts mobile and landline numbers in common written forms', () => {
    expect(normaliseThaiPhone('081 234 5678')).toBe('0812345678')
    expect(normaliseThaiPhone('02-123-4567')).toBe('021234567')
    expect(normaliseThaiPhone('+66812345678')).toBe('0812345678')
    expect(normaliseThaiPhone('(081) 234.5678')).toBe('0812345678')
  })

  it('rejects what cannot be a Thai number', () => {
    for (const input of ['', '1300', '12345678', '081234567890', '+1 415 555 0100', 'โทร 081']) {
      expect(normaliseThaiPhone(input)).toBeNull()
    }
  })
})
