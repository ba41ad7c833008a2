import { fromBase64Url, toBase64Url } from '../domain/report/base64url'
import { REPORT_HKDF_INFO, type EcPublicJwk, type ReportEnvelope } from '../domain/report/envelope'
import type { CaseDeskKey } from '../domain/report/runtimeConfig'

// Encrypts a report in the browser to the case desk's public key, so only the desk can read it:
// ephemeral ECDH P-256 → HKDF-SHA-256 → AES-256-GCM. The server and the outbox see ciphertext only.
// Relative imports: the end-to-end tests run this in Node, where the '@' alias does not exist.

const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const
const HKDF_INFO = new TextEncoder().encode(REPORT_HKDF_INFO)
const SALT_BYTES = 16
const IV_BYTES = 12

async function deriveAesKey(
  subtle: SubtleCrypto,
  ownPrivate: CryptoKey,
  peerPublic: CryptoKey,
  salt: Uint8Array<ArrayBuffer>,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await subtle.deriveBits({ name: 'ECDH', public: peerPublic }, ownPrivate, 256)
  const hkdfKey = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey'])
  return subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: HKDF_INFO }, hkdfKey, { name: 'AES-GCM', length: 256 }, false, [usage])
}

function importPublicKey(subtle: SubtleCrypto, jwk: EcPublicJwk): Promise<CryptoKey> {
  return subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, ECDH_P256, false, [])
}

/** Encrypts a JSON-serialisable report to the case desk key; every call uses a fresh key pair, salt and IV. */
export async function sealReport(payload: unknown, recipient: CaseDeskKey, crypto: Crypto = globalThis.crypto): Promise<ReportEnvelope> {
  const { subtle } = crypto
  const deskKey = await importPublicKey(subtle, recipient.publicKeyJwk)
  const ephemeral = await subtle.generateKey(ECDH_P256, true, ['deriveBits'])
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const aesKey = await deriveAesKey(subtle, ephemeral.privateKey, deskKey, salt, 'encrypt')
  const plaintext = new TextEncoder().encode(JSON.stringify(payload))
  const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv }, aesKey, plaintext)
  const epk = await subtle.exportKey('jwk', ephemeral.publicKey)
  return {
    v: 1,
    keyId: recipient.id,
    epk: { kty: 'EC', crv: 'P-256', x: epk.x ?? '', y: epk.y ?? '' },
    salt: toBase64Url(salt),
    iv: toBase64Url(iv),
    ciphertext: toBase64Url(new Uint8Array(ciphertext)),
  }
}

/**
 * The case desk's side: decrypts an envelope with the private key matching `envelope.keyId`.
 * The app never calls this (it holds no private key); it is the reference the tests and the desk use.
 */
export async function openReport(envelope: ReportEnvelope, deskPrivateKey: CryptoKey, crypto: Crypto = globalThis.crypto): Promise<unknown> {
  if (envelope.v !== 1) throw new Error(`Unknown envelope version ${String(envelope.v)}`)
  const { subtle } = crypto
  const senderKey = await importPublicKey(subtle, envelope.epk)
  const aesKey = await deriveAesKey(subtle, deskPrivateKey, senderKey, fromBase64Url(envelope.salt), 'decrypt')
  const plaintext = await subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(envelope.iv) }, aesKey, fromBase64Url(envelope.ciphertext))
  return JSON.parse(new TextDecoder().decode(plaintext)) as unknown
}
