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
import { loadCryptoSuite, type CryptoSuite } from './crypto/cryptoSuite'
import { randomBytes } from './crypto/random'
import { webAgreement } from './crypto/webCryptoSuite'

// Encrypts a report in the browser to the case desk's public key, so only the desk can read it:
// ephemeral ECDH P-256 → HKDF-SHA-256 → AES-256-GCM. The server and the outbox see ciphertext only.
// The wire format is common/report/wire.ts; the primitives are a CryptoSuite (WebCrypto, or the
// pure-JavaScript suite where a plain-http page has no `crypto.subtle`). Relative imports: the
// end-to-end tests run this in Node, where the aliases do not exist.

const encoder = new TextEncoder()
const AES_KEY_BYTES = 32

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
function hkdfInfo(v: ReportEnvelope['v'], epk: EcPublicJwk, deskKey: EcPublicJwk): Uint8Array {
  if (v === 1) return encoder.encode(REPORT_HKDF_INFO_V1)
  return new Uint8Array([...encoder.encode(REPORT_HKDF_LABEL_V2), ...rawPoint(epk), ...rawPoint(deskKey)])
}

/**
 * Encrypts a JSON-serialisable report to the case desk key as a v2 envelope: the plaintext padded
 * to a size bucket, the header authenticated; every call uses a fresh key pair, salt and IV.
 */
export async function sealReport(payload: unknown, recipient: CaseDeskKey, suite?: CryptoSuite): Promise<ReportEnvelope> {
  const crypto = suite ?? (await loadCryptoSuite())
  const { publicJwk: epk, sharedSecret } = await crypto.ecdhEphemeral(recipient.publicKeyJwk)
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const header = { v: CURRENT_ENVELOPE_VERSION, keyId: recipient.id, epk, salt: toBase64Url(salt) }
  const aesKey = await crypto.hkdfSha256(sharedSecret, salt, hkdfInfo(header.v, epk, recipient.publicKeyJwk), AES_KEY_BYTES)
  const plaintext = padToBucket(encoder.encode(JSON.stringify(payload)))
  const ciphertext = await crypto.aesGcmEncrypt(aesKey, iv, plaintext, encoder.encode(envelopeAdditionalData(header)))
  return { ...header, iv: toBase64Url(iv), ciphertext: toBase64Url(ciphertext) }
}

/**
 * Decrypts a v1 or v2 envelope sealed to `deskPublicJwk`, given the ECDH agreement with the desk's
 * private key (however that key is held). Throws when any field was changed or the key is not the
 * one it was sealed to.
 */
export async function openEnvelope(
  envelope: ReportEnvelope,
  deskPublicJwk: EcPublicJwk,
  agree: (epk: EcPublicJwk) => Promise<Uint8Array> | Uint8Array,
  crypto: CryptoSuite,
): Promise<unknown> {
  const { v } = envelope
  if (v !== 1 && v !== 2) throw new Error(`Unknown envelope version ${String(v)}`)
  const sharedSecret = await agree(envelope.epk)
  const aesKey = await crypto.hkdfSha256(sharedSecret, fromBase64Url(envelope.salt), hkdfInfo(v, envelope.epk, deskPublicJwk), AES_KEY_BYTES)
  const additionalData = v === 2 ? encoder.encode(envelopeAdditionalData(envelope)) : undefined
  const decrypted = await crypto.aesGcmDecrypt(aesKey, fromBase64Url(envelope.iv), fromBase64Url(envelope.ciphertext), additionalData)
  const json = v === 2 ? unpad(decrypted) : decrypted
  return JSON.parse(new TextDecoder().decode(json)) as unknown
}

/**
 * The case desk's side: decrypts a v1 or v2 envelope with the desk key pair matching `envelope.keyId`
 * (a WebCrypto key). The app never calls this (it holds no private key); the desk and the tests do.
 */
export async function openReport(envelope: ReportEnvelope, desk: DeskKeyPair): Promise<unknown> {
  return openEnvelope(envelope, desk.publicKeyJwk, (epk) => webAgreement(desk.privateKey, epk), await loadCryptoSuite())
}
