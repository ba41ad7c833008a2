import type { EcPublicJwk } from '../../../common/report/wire'
import { subtleSha256, type CryptoSuite, type EphemeralAgreement } from './cryptoSuite'

// The browser's (and Node's) WebCrypto behind CryptoSuite. Keys are imported from raw bytes for
// each operation; nothing here is kept.

const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const
const subtle = (): SubtleCrypto => globalThis.crypto.subtle
// WebCrypto takes only buffers it owns outright; a copy is cheap at these sizes.
const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes)

/** Imports a P-256 public key; rejects anything that is not a point on the curve. */
function importPublicKey(jwk: EcPublicJwk): Promise<CryptoKey> {
  return subtle().importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, ECDH_P256, false, [])
}

/** ECDH with a private key WebCrypto holds (the case desk's, or an ephemeral one): the 32-byte shared secret. */
export async function webAgreement(privateKey: CryptoKey, peer: EcPublicJwk): Promise<Uint8Array> {
  return new Uint8Array(await subtle().deriveBits({ name: 'ECDH', public: await importPublicKey(peer) }, privateKey, 256))
}

async function ecdhEphemeral(peer: EcPublicJwk): Promise<EphemeralAgreement> {
  const pair = await subtle().generateKey(ECDH_P256, true, ['deriveBits'])
  const { x, y } = await subtle().exportKey('jwk', pair.publicKey)
  return { publicJwk: { kty: 'EC', crv: 'P-256', x: x ?? '', y: y ?? '' }, sharedSecret: await webAgreement(pair.privateKey, peer) }
}

function aesKey(key: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return subtle().importKey('raw', own(key), 'AES-GCM', false, [usage])
}

function gcm(iv: Uint8Array, additionalData?: Uint8Array): AesGcmParams {
  return additionalData ? { name: 'AES-GCM', iv: own(iv), additionalData: own(additionalData) } : { name: 'AES-GCM', iv: own(iv) }
}

export const webCryptoSuite: CryptoSuite = {
  name: 'webcrypto',
  sha256: subtleSha256,
  async hkdfSha256(ikm, salt, info, length) {
    const key = await subtle().importKey('raw', own(ikm), 'HKDF', false, ['deriveBits'])
    return new Uint8Array(await subtle().deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: own(salt), info: own(info) }, key, length * 8))
  },
  async pbkdf2Sha256(password, salt, iterations, length) {
    const key = await subtle().importKey('raw', own(password), 'PBKDF2', false, ['deriveBits'])
    return new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations }, key, length * 8))
  },
  async aesGcmEncrypt(key, iv, plaintext, additionalData) {
    return new Uint8Array(await subtle().encrypt(gcm(iv, additionalData), await aesKey(key, 'encrypt'), own(plaintext)))
  },
  async aesGcmDecrypt(key, iv, ciphertext, additionalData) {
    return new Uint8Array(await subtle().decrypt(gcm(iv, additionalData), await aesKey(key, 'decrypt'), own(ciphertext)))
  },
  ecdhEphemeral,
  async assertP256PublicKey(jwk) {
    await importPublicKey(jwk)
  },
}
