import { describe, expect, it } from 'vitest'
import { fromBase64Url } from '@/domain/report/base64url'
import { base64UrlLength, GCM_TAG_BYTES, type EcPublicJwk, type ReportEnvelope } from '@common/report/wire'
import { openReport, sealReport, type DeskKeyPair } from './reportEncryption'

const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const

/** A case desk key pair made for this test only. */
async function deskKeyPair() {
  const pair = await crypto.subtle.generateKey(ECDH_P256, true, ['deriveBits'])
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey)
  const publicKeyJwk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' }
  const desk: DeskKeyPair = { privateKey: pair.privateKey, publicKeyJwk }
  return { desk, key: { id: 'desk-2026-01', publicKeyJwk } }
}

const report = { v: 1, whatHappened: 'MARKER-ตีที่บ้าน', violence: ['physical'], contact: { kind: 'none' } }
const flip = (text: string) => (text.startsWith('A') ? `B${text.slice(1)}` : `A${text.slice(1)}`)

// Sealed by the v1 code this version replaced (commit a0a3c79); a phone may still hold such a report.
const V1_DESK_PRIVATE_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 'j0o67IKyseDLWfDjR4h0vb4FvohC1DbdPUY4-OtK9U4',
  y: 'pEW52s-Qvll_IrB8jPTYsOkNDa0xdFYcqLigk-W2t1w',
  d: 'ehcp4R4qGW1QMaXroNNq7nf35RK5pflHGMwjtM4QRYs',
}
const V1_ENVELOPE: ReportEnvelope = {
  v: 1,
  keyId: 'desk-2025-12',
  epk: { kty: 'EC', crv: 'P-256', x: '_3sTgNTUUREQxcKLGFwpfn4BpdEXZaZ253kFNgtxu2w', y: 'zMtKqxNtNWe9w4HiWGhcz9lj8Tg69xDCOboHGWdmCS4' },
  salt: 'sVB7GU-nHTjqGOGSzqf84Q',
  iv: '_UuJOLAbF-7ff5mp',
  ciphertext:
    'PEcsS8Tmncn17ddztcFzcjj2f1LEQTBaVTG597hYSQUhBiyWhu_f6TLAoabIO83naOC6ltL2Y9ku21M9FBbQabsAy5YStVNNxL-0sRkVsPUIQp0QiY_WkOqPiHe__b3voo6d69hR1D8',
}

describe('sealReport / openReport', () => {
  it('round-trips: the desk private key recovers exactly the JSON that was sealed', async () => {
    const { desk, key } = await deskKeyPair()
    const envelope = await sealReport(report, key)
    expect(await openReport(envelope, desk)).toEqual(report)
  })

  it('builds the v2 envelope: key id, ephemeral public key, 16-byte salt, 12-byte IV, base64url only', async () => {
    const { key } = await deskKeyPair()
    const envelope = await sealReport(report, key)
    expect(Object.keys(envelope).sort()).toEqual(['ciphertext', 'epk', 'iv', 'keyId', 'salt', 'v'])
    expect(envelope.v).toBe(2)
    expect(envelope.keyId).toBe('desk-2026-01')
    expect(Object.keys(envelope.epk).sort()).toEqual(['crv', 'kty', 'x', 'y'])
    expect(envelope.epk).not.toEqual(key.publicKeyJwk)
    expect(fromBase64Url(envelope.salt)).toHaveLength(16)
    expect(fromBase64Url(envelope.iv)).toHaveLength(12)
    for (const field of [envelope.salt, envelope.iv, envelope.ciphertext]) expect(field).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('pads: a one-word report and a 1,500-character one are the same size on the wire', async () => {
    const { desk, key } = await deskKeyPair()
    const short = await sealReport({ ...report, whatHappened: 'ตี' }, key)
    const long = await sealReport({ ...report, whatHappened: 'ก'.repeat(500) }, key)
    expect(short.ciphertext.length).toBe(base64UrlLength(2_048 + GCM_TAG_BYTES))
    expect(long.ciphertext.length).toBe(short.ciphertext.length)
    expect(await openReport(long, desk)).toEqual({ ...report, whatHappened: 'ก'.repeat(500) })
  })

  it('shows nothing of the plaintext in the envelope', async () => {
    const { key } = await deskKeyPair()
    const json = JSON.stringify(await sealReport(report, key))
    expect(json).not.toContain('MARKER')
    expect(json).not.toContain('physical')
  })

  it('uses a fresh ephemeral key, salt and IV every time', async () => {
    const { key } = await deskKeyPair()
    const [a, b] = await Promise.all([sealReport(report, key), sealReport(report, key)])
    expect(a.epk.x).not.toBe(b.epk.x)
    expect(a.salt).not.toBe(b.salt)
    expect(a.iv).not.toBe(b.iv)
    expect(a.ciphertext).not.toBe(b.ciphertext)
  })

  it('cannot be opened with another key', async () => {
    const { key } = await deskKeyPair()
    const stranger = await deskKeyPair()
    const envelope = await sealReport(report, key)
    await expect(openReport(envelope, stranger.desk)).rejects.toThrow()
  })

  it('rejects an envelope with any field changed: version, key id, ephemeral key, salt, IV, ciphertext', async () => {
    const { desk, key } = await deskKeyPair()
    const other = await deskKeyPair()
    const envelope = await sealReport(report, key)
    const tampered: ReportEnvelope[] = [
      { ...envelope, v: 1 },
      { ...envelope, keyId: 'desk-2026-02' },
      { ...envelope, epk: other.key.publicKeyJwk },
      { ...envelope, salt: flip(envelope.salt) },
      { ...envelope, iv: flip(envelope.iv) },
      { ...envelope, ciphertext: flip(envelope.ciphertext) },
    ]
    for (const changed of tampered) await expect(openReport(changed, desk)).rejects.toThrow()
  })

  it('binds the desk public key: a desk that claims another public key cannot open it', async () => {
    const { desk, key } = await deskKeyPair()
    const other = await deskKeyPair()
    const envelope = await sealReport(report, key)
    await expect(openReport(envelope, { ...desk, publicKeyJwk: other.key.publicKeyJwk })).rejects.toThrow()
  })

  it('still opens a v1 envelope sealed before the update, and notices its tampering', async () => {
    const privateKey = await crypto.subtle.importKey('jwk', V1_DESK_PRIVATE_JWK, ECDH_P256, false, ['deriveBits'])
    const desk: DeskKeyPair = { privateKey, publicKeyJwk: { kty: 'EC', crv: 'P-256', x: V1_DESK_PRIVATE_JWK.x, y: V1_DESK_PRIVATE_JWK.y } }
    expect(await openReport(V1_ENVELOPE, desk)).toEqual({ v: 1, whatHappened: 'MARKER-v1 ตีที่บ้าน', contact: { kind: 'none' } })
    await expect(openReport({ ...V1_ENVELOPE, ciphertext: flip(V1_ENVELOPE.ciphertext) }, desk)).rejects.toThrow()
    await expect(openReport({ ...V1_ENVELOPE, salt: flip(V1_ENVELOPE.salt) }, desk)).rejects.toThrow()
  })

  it('refuses an unknown version', async () => {
    const { desk, key } = await deskKeyPair()
    const envelope = await sealReport(report, key)
    await expect(openReport({ ...envelope, v: 3 as 2 }, desk)).rejects.toThrow(/version/)
  })
})
