import { fromBase64Url } from '@/domain/report/base64url'
import type { EcPublicJwk } from '@common/report/wire'

// P-256 key handling shared by every record: public keys travel as JWK, private keys only as
// PKCS#8 bytes inside AES-GCM, and live in memory as non-extractable CryptoKeys.

export const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const

/** A fresh ECDH P-256 key pair whose private half can be exported once, to be wrapped. */
export async function generateEcdhKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDH_P256, true, ['deriveBits'])
}

/** The public half as a plain JWK with only the fields the records keep. */
export async function exportPublicJwk(publicKey: CryptoKey): Promise<EcPublicJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', publicKey)
  return { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' }
}

/** Imports a public JWK for ECDH; throws when it is not a point on P-256. */
export function importPublicJwk(jwk: EcPublicJwk): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, ECDH_P256, true, [])
}

/** The 65-byte uncompressed point, used to bind both parties' keys into HKDF info. */
export function rawPublicKey(jwk: EcPublicJwk): Uint8Array<ArrayBuffer> {
  const x = fromBase64Url(jwk.x)
  const y = fromBase64Url(jwk.y)
  const raw = new Uint8Array(1 + x.length + y.length)
  raw[0] = 0x04
  raw.set(x, 1)
  raw.set(y, 1 + x.length)
  return raw
}

/** Exports a private key as PKCS#8 bytes, only to be encrypted at once (and then zeroed). */
export async function exportPrivatePkcs8(privateKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey))
}

/**
 * Imports unwrapped PKCS#8 bytes as a non-extractable ECDH private key, after checking that it
 * belongs to `expectedPublic` (a record whose public key was swapped is refused). Zeroes the bytes.
 */
export async function importPrivateMatching(pkcs8: Uint8Array<ArrayBuffer>, expectedPublic: EcPublicJwk): Promise<CryptoKey | undefined> {
  try {
    const checkable = await crypto.subtle.importKey('pkcs8', pkcs8, ECDH_P256, true, ['deriveBits'])
    const jwk = await crypto.subtle.exportKey('jwk', checkable)
    if (jwk.x !== expectedPublic.x || jwk.y !== expectedPublic.y) return undefined
    return await crypto.subtle.importKey('pkcs8', pkcs8, ECDH_P256, false, ['deriveBits'])
  } catch {
    return undefined
  } finally {
    pkcs8.fill(0)
  }
}
