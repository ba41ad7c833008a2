import { fromBase64Url, toBase64Url } from '../domain/report/base64url'
import type { CaseDeskKey } from '../domain/report/runtimeConfig'
import { padToBucket, unpad } from '../../common/report/padding'
import {
  CURRENT_ENVELOPE_VERSION,
  envelopeAdditionalData,
  IV_BYTES,
  REPORT_HKDF_INFO_V1,
  REPORT_HKDF_LABEL_V2,
  SALT_BYTES,
  type EcPublicJwk,
  type ReportEnvelope,
} from '../../common/report/wire'

// Encrypts a report in the browser to the case desk's public key, so only the desk can read it:
// ephemeral ECDH P-256 → HKDF-SHA-256 → AES-256-GCM. The server and the outbox see ciphertext only.
// The wire format is common/report/wire.ts. Relative imports: the end-to-end tests run this in
// Node, where the aliases do not exist.

const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const
const encoder = new TextEncoder()

/** The case desk's key pair as the desk holds it: v2 binds the desk's public key too. */
export interface DeskKeyPair {
  privateKey: CryptoKey
  publicKeyJwk: EcPublicJwk
}

/** The uncompressed SEC1 point 04‖x‖y of a public key. */
function rawPoint(jwk: EcPublicJwk): Uint8Array {
  return new Uint8Array([4, ...fromBase64Url(jwk.x), ...fromBase64Url(jwk.y)])
}

/** HKDF info: v1 is a fixed label; v2 adds the ephemeral and the desk public keys. */
function hkdfInfo(v: ReportEnvelope['v'], epk: EcPublicJwk, deskKey: EcPublicJwk): Uint8Array<ArrayBuffer> {
  if (v === 1) return encoder.encode(REPORT_HKDF_INFO_V1)
  return new Uint8Array([...encoder.encode(REPORT_HKDF_LABEL_V2), ...rawPoint(epk), ...rawPoint(deskKey)])
}

async function deriveAesKey(
  subtle: SubtleCrypto,
  ownPrivate: CryptoKey,
  peerPublic: CryptoKey,
  hkdf: { salt: Uint8Array<ArrayBuffer>; info: Uint8Array<ArrayBuffer> },
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await subtle.deriveBits({ name: 'ECDH', public: peerPublic }, ownPrivate, 256)
  const hkdfKey = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey'])
  return subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', ...hkdf }, hkdfKey, { name: 'AES-GCM', length: 256 }, false, [usage])
}

/** Imports a desk or ephemeral public key; rejects anything that is not a point on P-256. */
export function importPublicKey(jwk: EcPublicJwk, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<CryptoKey> {
  return subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, ECDH_P256, false, [])
}

/**
 * Encrypts a JSON-serialisable report to the case desk key as a v2 envelope: the plaintext padded
 * to a size bucket, the header authenticated; every call uses a fresh key pair, salt and IV.
 */
export async function sealReport(payload: unknown, recipient: CaseDeskKey, crypto: Crypto = globalThis.crypto): Promise<ReportEnvelope> {
  const { subtle } = crypto
  const deskKey = await importPublicKey(recipient.publicKeyJwk, subtle)
  const ephemeral = await subtle.generateKey(ECDH_P256, true, ['deriveBits'])
  const exported = await subtle.exportKey('jwk', ephemeral.publicKey)
  const epk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: exported.x ?? '', y: exported.y ?? '' }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const header = { v: CURRENT_ENVELOPE_VERSION, keyId: recipient.id, epk, salt: toBase64Url(salt) }
  const info = hkdfInfo(header.v, epk, recipient.publicKeyJwk)
  const aesKey = await deriveAesKey(subtle, ephemeral.privateKey, deskKey, { salt, info }, 'encrypt')
  const plaintext = padToBucket(encoder.encode(JSON.stringify(payload)))
  const additionalData = encoder.encode(envelopeAdditionalData(header))
  const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, aesKey, plaintext)
  return { ...header, iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(ciphertext)) }
}

/**
 * The case desk's side: decrypts a v1 or v2 envelope with the desk key pair matching `envelope.keyId`.
 * Throws when the envelope was changed in any field or the key is not the one it was sealed to.
 * The app never calls this (it holds no private key); the desk and the tests do.
 */
export async function openReport(envelope: ReportEnvelope, desk: DeskKeyPair, crypto: Crypto = globalThis.crypto): Promise<unknown> {
  const { v } = envelope
  if (v !== 1 && v !== 2) throw new Error(`Unknown envelope version ${String(v)}`)
  const { subtle } = crypto
  const senderKey = await importPublicKey(envelope.epk, subtle)
  const hkdf = { salt: fromBase64Url(envelope.salt), info: hkdfInfo(v, envelope.epk, desk.publicKeyJwk) }
  const aesKey = await deriveAesKey(subtle, desk.privateKey, senderKey, hkdf, 'decrypt')
  const gcm: AesGcmParams = { name: 'AES-GCM', iv: fromBase64Url(envelope.iv) }
  if (v === 2) gcm.additionalData = encoder.encode(envelopeAdditionalData(envelope))
  const decrypted = new Uint8Array(await subtle.decrypt(gcm, aesKey, fromBase64Url(envelope.ciphertext)))
  const json = v === 2 ? unpad(decrypted) : decrypted
  return JSON.parse(new TextDecoder().decode(json)) as unknown
}
