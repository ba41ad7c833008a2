import type { FollowUpMessage } from '@common/desk/records'
import { fromBase64Url, toBase64Url } from './base64url'
import { unpad } from './bucketPadding'
import type { FollowUpCode } from './followUpCode'
import { loadCryptoSuite, type CryptoSuite } from '../../safety/crypto/cryptoSuite'

// What is derived from a follow-up code: one slow derivation (PBKDF2) of the code, then two HKDF
// outputs with different labels: the lookup hash (sent beside the report and on each lookup; the
// server keeps only a keyed hash of it) and the key of the desk's short message (inside the
// encrypted report). Neither reveals the other or the code. The desk seals its message in
// src/staff/desk/followUpCode.ts.

/** PBKDF2 rounds over the code: the code has 53 bits, so each guess of a stolen hash costs 2^53 × this in the worst case. */
export const FOLLOW_UP_PBKDF2_ITERATIONS = 200_000
const SECRET_BYTES = 32
const KDF_SALT = new TextEncoder().encode('safe-space-map follow-up v1')
const LOOKUP_INFO = new TextEncoder().encode('safe-space-map follow-up lookup v1')
/** HKDF label of the message key, and the additional data of every sealed desk message. */
export const FOLLOW_UP_MESSAGE_INFO = new TextEncoder().encode('safe-space-map follow-up message v1')

/** The two values derived from a code: base64url, 32 bytes each. */
export interface FollowUpSecrets {
  /** Sent with the report and on each lookup; the server stores only a keyed hash of this. */
  lookupHash: string
  /** Sent inside the encrypted report, so the desk can write the resident a short message. */
  messageKey: string
}

/** Derives the lookup hash and the message key from a code; the same code always gives the same two. */
export async function deriveFollowUpSecrets(code: FollowUpCode, suite?: CryptoSuite): Promise<FollowUpSecrets> {
  const crypto = suite ?? (await loadCryptoSuite())
  const master = await crypto.pbkdf2Sha256(new TextEncoder().encode(code), KDF_SALT, FOLLOW_UP_PBKDF2_ITERATIONS, SECRET_BYTES)
  const expand = async (info: Uint8Array) => toBase64Url(await crypto.hkdfSha256(master, new Uint8Array(0), info, SECRET_BYTES))
  return { lookupHash: await expand(LOOKUP_INFO), messageKey: await expand(FOLLOW_UP_MESSAGE_INFO) }
}

/** The bytes of a message key (base64url); throws a RangeError for any length but 32 bytes. */
function messageKeyBytes(secret: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64Url(secret)
  if (bytes.length !== SECRET_BYTES) throw new RangeError('A follow-up message key is 32 bytes')
  return bytes
}

/** Imports a message key (32 bytes of base64url) for AES-GCM (the desk's WebCrypto); throws a RangeError for any other length. */
export async function importFollowUpMessageKey(secret: string, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', messageKeyBytes(secret), 'AES-GCM', false, [usage])
}

/** Decrypts the desk's message on the resident's phone with the key derived from their code; null when it cannot be opened. */
export async function openFollowUpMessage(message: FollowUpMessage, secretMessageKey: string, suite?: CryptoSuite): Promise<string | null> {
  try {
    const crypto = suite ?? (await loadCryptoSuite())
    const padded = await crypto.aesGcmDecrypt(messageKeyBytes(secretMessageKey), fromBase64Url(message.iv), fromBase64Url(message.ciphertext), FOLLOW_UP_MESSAGE_INFO)
    const bytes = unpad(padded)
    return bytes ? new TextDecoder().decode(bytes) : null
  } catch {
    return null
  }
}
