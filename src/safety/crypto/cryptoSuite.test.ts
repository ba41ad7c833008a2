// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EcPublicJwk } from '@common/report/wire'
import { loadCryptoSuite, sha256 } from './cryptoSuite'
import { pureJsAgreement, pureJsCryptoSuite } from './pureJsCryptoSuite'
import { webAgreement, webCryptoSuite } from './webCryptoSuite'

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16))
const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
const utf8 = (text: string) => new TextEncoder().encode(text)

afterEach(() => {
  vi.unstubAllGlobals()
})

/** An extractable WebCrypto P-256 key pair with its raw secret, so both suites can use it. */
async function keyPair(): Promise<{ privateKey: CryptoKey; publicJwk: EcPublicJwk; secretKey: Uint8Array }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey)
  const publicJwk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' }
  return { privateKey: pair.privateKey, publicJwk, secretKey: Uint8Array.from(Buffer.from(jwk.d ?? '', 'base64url')) }
}

describe.each([webCryptoSuite, pureJsCryptoSuite])('the $name suite gives the standard known answers', (suite) => {
  it('SHA-256 (FIPS 180-2 "abc")', async () => {
    expect(toHex(await suite.sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('HKDF-SHA-256 (RFC 5869 test case 1)', async () => {
    const okm = await suite.hkdfSha256(hex('0b'.repeat(22)), hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'), 42)
    expect(toHex(okm)).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865')
  })

  it('PBKDF2-HMAC-SHA-256 ("password", "salt", 4,096 rounds)', async () => {
    const key = await suite.pbkdf2Sha256(utf8('password'), utf8('salt'), 4096, 32)
    expect(toHex(key)).toBe('c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a')
  })

  it('AES-256-GCM with additional data (GCM spec test case 16), and refuses a changed tag or additional data', async () => {
    const key = hex('feffe9928665731c6d6a8f9467308308'.repeat(2))
    const iv = hex('cafebabefacedbaddecaf888')
    const plaintext = hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39')
    const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2')
    const sealed = await suite.aesGcmEncrypt(key, iv, plaintext, aad)
    expect(toHex(sealed)).toBe(
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
        '76fc6ece0f4e1768cddf8853bb2d551b',
    )
    expect(await suite.aesGcmDecrypt(key, iv, sealed, aad)).toEqual(plaintext)
    await expect(suite.aesGcmDecrypt(key, iv, sealed.map((byte, i) => (i === sealed.length - 1 ? byte ^ 1 : byte)), aad)).rejects.toThrow()
    await expect(suite.aesGcmDecrypt(key, iv, sealed, aad.subarray(1))).rejects.toThrow()
  })

  it('refuses a public key that is not a point on P-256', async () => {
    const { publicJwk } = await keyPair()
    const offCurve = { ...publicJwk, y: publicJwk.x }
    await expect(suite.assertP256PublicKey(publicJwk)).resolves.toBeUndefined()
    await expect(suite.assertP256PublicKey(offCurve)).rejects.toThrow()
    await expect(suite.ecdhEphemeral(offCurve)).rejects.toThrow()
  })
})

describe('the two suites agree with each other', () => {
  it('ECDH: an ephemeral key made by either agrees the same secret the other side computes', async () => {
    const desk = await keyPair()
    for (const suite of [webCryptoSuite, pureJsCryptoSuite]) {
      const { publicJwk, sharedSecret } = await suite.ecdhEphemeral(desk.publicJwk)
      expect(sharedSecret).toHaveLength(32)
      expect(toHex(await webAgreement(desk.privateKey, publicJwk))).toBe(toHex(sharedSecret))
      expect(toHex(pureJsAgreement(desk.secretKey, publicJwk))).toBe(toHex(sharedSecret))
    }
  })

  it('AES-GCM: what one seals the other opens', async () => {
    const key = crypto.getRandomValues(new Uint8Array(32))
    const iv = crypto.getRandomValues(new Uint8Array(12))
    const aad = utf8('header')
    const message = utf8('ข้อความทดสอบ')
    expect(await pureJsCryptoSuite.aesGcmDecrypt(key, iv, await webCryptoSuite.aesGcmEncrypt(key, iv, message, aad), aad)).toEqual(message)
    expect(await webCryptoSuite.aesGcmDecrypt(key, iv, await pureJsCryptoSuite.aesGcmEncrypt(key, iv, message, aad), aad)).toEqual(message)
  })
})

describe('choosing the suite', () => {
  it('uses WebCrypto where the page has it', async () => {
    expect((await loadCryptoSuite()).name).toBe('webcrypto')
  })

  it('uses the pure-JavaScript suite where crypto.subtle is missing (plain http), with the same SHA-256', async () => {
    const expected = toHex(await sha256(utf8('ศูนย์พึ่งได้')))
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) })
    expect((await loadCryptoSuite()).name).toBe('pure-js')
    expect(toHex(await sha256(utf8('ศูนย์พึ่งได้')))).toBe(expected)
  })
})
