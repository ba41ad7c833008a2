import { gcm } from '@noble/ciphers/aes.js'
import { p256 } from '@noble/curves/nist.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { fromBase64Url, toBase64Url } from '../../domain/report/base64url'
import type { EcPublicJwk } from '../../../common/report/wire'
import type { CryptoSuite, EphemeralAgreement } from './cryptoSuite'

// CryptoSuite in audited pure JavaScript (@noble/curves, @noble/hashes, @noble/ciphers, pinned
// exact versions): the same P-256, HKDF, PBKDF2, SHA-256 and AES-256-GCM, for pages where the
// browser gives no `crypto.subtle` (plain http). Loaded only there; see src/domain/report/README.md.

/** The uncompressed point 04‖x‖y of `jwk`, checked to be on P-256 (throws otherwise). */
function checkedPoint(jwk: EcPublicJwk): Uint8Array {
  const raw = new Uint8Array([4, ...fromBase64Url(jwk.x), ...fromBase64Url(jwk.y)])
  if (raw.length !== 65) throw new Error('A P-256 public key has 32-byte coordinates')
  p256.Point.fromBytes(raw).assertValidity()
  return raw
}

/** ECDH with a raw 32-byte P-256 secret key: the 32-byte shared secret (the shared point's x, as WebCrypto gives it). */
export function pureJsAgreement(secretKey: Uint8Array, peer: EcPublicJwk): Uint8Array {
  return p256.getSharedSecret(secretKey, checkedPoint(peer), true).slice(1)
}

function ephemeralAgreement(peer: EcPublicJwk): EphemeralAgreement {
  const secretKey = p256.utils.randomSecretKey()
  const point = p256.getPublicKey(secretKey, false)
  const publicJwk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: toBase64Url(point.slice(1, 33)), y: toBase64Url(point.slice(33)) }
  return { publicJwk, sharedSecret: pureJsAgreement(secretKey, peer) }
}

export const pureJsCryptoSuite: CryptoSuite = {
  name: 'pure-js',
  sha256: async (data) => sha256(data),
  hkdfSha256: async (ikm, salt, info, length) => hkdf(sha256, ikm, salt, info, length),
  // Yields to the page every 10 ms, so 200,000 rounds on a cheap phone never freeze the screen.
  pbkdf2Sha256: (password, salt, iterations, length) => pbkdf2Async(sha256, password, salt, { c: iterations, dkLen: length, asyncTick: 10 }),
  aesGcmEncrypt: async (key, iv, plaintext, additionalData) => gcm(key, iv, additionalData).encrypt(plaintext),
  aesGcmDecrypt: async (key, iv, ciphertext, additionalData) => gcm(key, iv, additionalData).decrypt(ciphertext),
  ecdhEphemeral: async (peer) => ephemeralAgreement(peer),
  assertP256PublicKey: async (jwk) => void checkedPoint(jwk),
}
