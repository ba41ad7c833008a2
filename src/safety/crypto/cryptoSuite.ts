import type { EcPublicJwk } from '../../../common/report/wire'

// The cryptography the resident app and volunteer mode need, behind one interface with two
// implementations: the browser's WebCrypto, and an audited pure-JavaScript one (@noble) loaded only
// where `crypto.subtle` is missing: a page on plain http, such as a workshop laptop's LAN address.
// Both implementations are lazy chunks, so neither is on the way to the first screen.
// Relative imports: the end-to-end tests run this in Node.

/** A fresh ephemeral P-256 key pair's public half and the secret it agreed with a peer. */
export interface EphemeralAgreement {
  publicJwk: EcPublicJwk
  /** The x-coordinate of the shared point, 32 bytes (what WebCrypto's ECDH `deriveBits(256)` gives). */
  sharedSecret: Uint8Array
}

/** The primitives the report envelope, the follow-up code and the dataset check are built from. */
export interface CryptoSuite {
  /** Which implementation this is (the README and the tests name them). */
  name: 'webcrypto' | 'pure-js'
  sha256(data: Uint8Array): Promise<Uint8Array>
  /** HKDF-SHA-256 (RFC 5869): `length` bytes. */
  hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Promise<Uint8Array>
  /** PBKDF2-HMAC-SHA-256: `length` bytes. */
  pbkdf2Sha256(password: Uint8Array, salt: Uint8Array, iterations: number, length: number): Promise<Uint8Array>
  /** AES-256-GCM with a 16-byte tag appended to the ciphertext. */
  aesGcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, additionalData?: Uint8Array): Promise<Uint8Array>
  /** Rejects when the ciphertext, the additional data, the IV or the key is not the one it was sealed with. */
  aesGcmDecrypt(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array, additionalData?: Uint8Array): Promise<Uint8Array>
  /** Makes a fresh P-256 key pair and agrees a secret with `peer` (rejects a point not on the curve). */
  ecdhEphemeral(peer: EcPublicJwk): Promise<EphemeralAgreement>
  /** Rejects unless `jwk` is a point on P-256. */
  assertP256PublicKey(jwk: EcPublicJwk): Promise<void>
}

/** Whether the browser offers WebCrypto here: only on https and localhost pages (a "secure context"). */
export function hasWebCrypto(): boolean {
  return globalThis.crypto?.subtle !== undefined
}

/** The suite for this page: WebCrypto where it exists, else the pure-JavaScript one (its chunk loads now). */
export async function loadCryptoSuite(): Promise<CryptoSuite> {
  if (hasWebCrypto()) return (await import('./webCryptoSuite')).webCryptoSuite
  return (await import('./pureJsCryptoSuite')).pureJsCryptoSuite
}

/** WebCrypto's SHA-256 (the web suite's own). */
export async function subtleSha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(data)))
}

/**
 * SHA-256 without loading a suite where WebCrypto has it: the dataset check runs before the first
 * screen, whose scripts must stay small (tests/e2e/budget.e2e.ts).
 */
export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return hasWebCrypto() ? subtleSha256(data) : (await loadCryptoSuite()).sha256(data)
}
