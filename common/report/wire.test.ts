import { describe, expect, it } from 'vitest'
import {
  acknowledgement,
  base64UrlLength,
  checkEnvelope,
  envelopeAdditionalData,
  IDEMPOTENCY_KEY,
  isAcknowledgementOf,
  MAX_CIPHERTEXT_BYTES,
  MAX_ENVELOPE_JSON_CHARS,
  type ReportEnvelope,
} from './wire'

const coordinate = 'A'.repeat(43)
const envelope = (overrides: Partial<ReportEnvelope> = {}): ReportEnvelope => ({
  v: 2,
  keyId: 'desk-2026-01',
  epk: { kty: 'EC', crv: 'P-256', x: coordinate, y: coordinate },
  salt: 'S'.repeat(base64UrlLength(16)),
  iv: 'I'.repeat(base64UrlLength(12)),
  ciphertext: 'C'.repeat(base64UrlLength(2_048 + 16)),
  ...overrides,
})

describe('checkEnvelope', () => {
  it('accepts a v2 envelope whose ciphertext is a padded bucket, and a v1 envelope of any length', () => {
    expect(checkEnvelope(envelope())).toEqual({ ok: true, envelope: envelope() })
    expect(checkEnvelope(envelope({ ciphertext: 'C'.repeat(base64UrlLength(8_192 + 16)) })).ok).toBe(true)
    expect(checkEnvelope(envelope({ v: 1, ciphertext: 'C'.repeat(300) })).ok).toBe(true)
  })

  it.each([
    ['not an object', [], 'envelope'],
    ['an extra field', { ...envelope(), note: 'x' }, 'envelope'],
    ['an unknown version', envelope({ v: 3 as 2 }), 'v'],
    ['a key id with a slash', envelope({ keyId: '../desk' }), 'keyId'],
    ['a private key in epk', { ...envelope(), epk: { ...envelope().epk, d: coordinate } }, 'epk'],
    ['a short coordinate', envelope({ epk: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: coordinate } }), 'epk'],
    ['a 15-byte salt', envelope({ salt: 'S'.repeat(base64UrlLength(15)) }), 'salt'],
    ['a padded base64 IV', envelope({ iv: 'I'.repeat(14) + '==' }), 'iv'],
    ['a v2 ciphertext that is not a bucket', envelope({ ciphertext: 'C'.repeat(base64UrlLength(2_000)) }), 'ciphertext'],
  ])('refuses %s as malformed, naming the field', (_, value, field) => {
    expect(checkEnvelope(value)).toEqual({ ok: false, code: 'malformed-envelope', field })
  })

  it('lets a server refuse an oversized body before parsing it: the largest valid envelope fits the limit', () => {
    const largest = envelope({ keyId: 'k'.repeat(64), ciphertext: 'C'.repeat(base64UrlLength(32_768 + 16)) })
    expect(checkEnvelope(largest).ok).toBe(true)
    expect(JSON.stringify(largest).length).toBeLessThanOrEqual(MAX_ENVELOPE_JSON_CHARS)
  })

  it('refuses a ciphertext over the largest bucket as too large', () => {
    const huge = envelope({ v: 1, ciphertext: 'C'.repeat(base64UrlLength(MAX_CIPHERTEXT_BYTES) + 1) })
    expect(checkEnvelope(huge)).toEqual({ ok: false, code: 'too-large', field: 'ciphertext' })
  })
})

describe('envelopeAdditionalData', () => {
  it('is the header in a fixed order, whatever order the fields arrived in', () => {
    const { salt, keyId, epk, v } = envelope()
    const shuffled = { salt, epk: { y: epk.y, x: epk.x, crv: epk.crv, kty: epk.kty }, keyId, v }
    expect(envelopeAdditionalData(shuffled)).toBe(envelopeAdditionalData(envelope()))
    expect(envelopeAdditionalData(envelope())).toBe(
      `{"v":2,"keyId":"desk-2026-01","epk":{"kty":"EC","crv":"P-256","x":"${coordinate}","y":"${coordinate}"},"salt":"${salt}"}`,
    )
  })
})

describe('Idempotency-Key', () => {
  it('is the UUID the phone makes, and nothing a header could smuggle', () => {
    expect(IDEMPOTENCY_KEY.test(crypto.randomUUID())).toBe(true)
    for (const bad of ['', 'report-1', `${crypto.randomUUID()}\r\nX: y`, crypto.randomUUID().toUpperCase()]) expect(IDEMPOTENCY_KEY.test(bad)).toBe(false)
  })
})

describe('acknowledgement', () => {
  const key = '0b6f3c1e-8f7a-4c2d-9e1b-2a3c4d5e6f70'

  it('counts only a body that echoes the same Idempotency-Key', () => {
    expect(isAcknowledgementOf(acknowledgement(key), key)).toBe(true)
    expect(isAcknowledgementOf(JSON.parse(JSON.stringify(acknowledgement(key))), key)).toBe(true)
    expect(isAcknowledgementOf(acknowledgement('another-key'), key)).toBe(false)
    expect(isAcknowledgementOf({ stored: 'true', idempotencyKey: key }, key)).toBe(false)
    expect(isAcknowledgementOf({ idempotencyKey: key }, key)).toBe(false)
    expect(isAcknowledgementOf('<html>Wi-Fi login</html>', key)).toBe(false)
    expect(isAcknowledgementOf(null, key)).toBe(false)
  })
})
