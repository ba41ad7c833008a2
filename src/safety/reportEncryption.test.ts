import { describe, expect, it } from 'vitest'
import { fromBase64Url } from '@/domain/report/base64url'
import type { EcPublicJwk } from '@/domain/report/envelope'
import { openReport, sealReport } from './reportEncryption'

const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const

/** A case desk key pair made for this test only. */
async function deskKeyPair() {
  const pair = await crypto.subtle.generateKey(ECDH_P256, true, ['deriveBits'])
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey)
  const publicKeyJwk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' }
  return { privateKey: pair.privateKey, key: { id: 'desk-2026-01', publicKeyJwk } }
}

const report = { v: 1, whatHappened: 'MARKER-ตีที่บ้าน', violence: ['physical'], contact: { kind: 'none' } }

describe('sealReport / openReport', () => {
  it('round-trips: the desk private key recovers exactly the JSON that was sealed', async () => {
    const desk = await deskKeyPair()
    const envelope = await sealReport(report, desk.key)
    expect(await openReport(envelope, desk.privateKey)).toEqual(report)
  })

  it('builds the v1 envelope: key id, ephemeral public key, 16-byte salt, 12-byte IV, base64url only', async () => {
    const desk = await deskKeyPair()
    const envelope = await sealReport(report, desk.key)
    expect(Object.keys(envelope).sort()).toEqual(['ciphertext', 'epk', 'iv', 'keyId', 'salt', 'v'])
    expect(envelope.v).toBe(1)
    expect(envelope.keyId).toBe('desk-2026-01')
    expect(Object.keys(envelope.epk).sort()).toEqual(['crv', 'kty', 'x', 'y'])
    expect(envelope.epk).not.toEqual(desk.key.publicKeyJwk)
    expect(fromBase64Url(envelope.salt)).toHaveLength(16)
    expect(fromBase64Url(envelope.iv)).toHaveLength(12)
    for (const field of [envelope.salt, envelope.iv, envelope.ciphertext]) expect(field).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('shows nothing of the plaintext in the envelope', async () => {
    const desk = await deskKeyPair()
    const json = JSON.stringify(await sealReport(report, desk.key))
    expect(json).not.toContain('MARKER')
    expect(json).not.toContain('physical')
  })

  it('uses a fresh ephemeral key, salt and IV every time', async () => {
    const desk = await deskKeyPair()
    const [a, b] = await Promise.all([sealReport(report, desk.key), sealReport(report, desk.key)])
    expect(a.epk.x).not.toBe(b.epk.x)
    expect(a.salt).not.toBe(b.salt)
    expect(a.iv).not.toBe(b.iv)
    expect(a.ciphertext).not.toBe(b.ciphertext)
  })

  it('cannot be opened with another key', async () => {
    const desk = await deskKeyPair()
    const stranger = await deskKeyPair()
    const envelope = await sealReport(report, desk.key)
    await expect(openReport(envelope, stranger.privateKey)).rejects.toThrow()
  })

  it('detects a tampered ciphertext or salt (AES-GCM tag, HKDF salt)', async () => {
    const desk = await deskKeyPair()
    const envelope = await sealReport(report, desk.key)
    const flip = (text: string) => (text.startsWith('A') ? `B${text.slice(1)}` : `A${text.slice(1)}`)
    await expect(openReport({ ...envelope, ciphertext: flip(envelope.ciphertext) }, desk.privateKey)).rejects.toThrow()
    await expect(openReport({ ...envelope, salt: flip(envelope.salt) }, desk.privateKey)).rejects.toThrow()
  })
})
