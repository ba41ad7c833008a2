import type { FollowUpMessage } from '@common/desk/records'
import { fromBase64Url, toBase64Url } from './base64url'
import { unpad } from './bucketPadding'
import type { FollowUpCode } from './followUpCode'

// What is derived from a follow-up code: one slow derivation (PBKDF2) of the code, then two HKDF
// outputs with different labels: the lookup hash (sent beside the report and on each lookup; the
// server keeps only a keyed hash of it) and the key of the desk's short message (inside the
// encrypted report). Neither reveals the other or the code. The desk seals its message in
// src/staff/desk/followUpCode.ts.

/** PBKDF2 rounds over the code: the code has 53 bits, so each guess of a stolen hash costs 2^53 × this in the worst case. */
export const FOLLOW_UP_PBKDF2_ITERATIONS = 200_000
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
export async function deriveFollowUpSecrets(code: FollowUpCode): Promise<FollowUpSecrets> {
  const password = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits'])
  const stretched = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: KDF_SALT, iterations: FOLLOW_UP_PBKDF2_ITERATIONS }, password, 256)
  const master = await crypto.subtle.importKey('raw', stretched, 'HKDF', false, ['deriveBits'])
  const expand = async (info: Uint8Array<ArrayBuffer>) =>
    toBase64Url(new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info }, master, 256)))
  return { lookupHash: await expand(LOOKUP_INFO), messageKey: await expand(FOLLOW_UP_MESSAGE_INFO) }
}

/** Imports a message key (32 bytes of base64url) for AES-GCM; throws a RangeError for any other length. */
export async function importFollowUpMessageKey(secret: string, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const bytes = fromBase64Url(secret)
  if (bytes.length !== 32) throw new RangeError('A follow-up message key is 32 bytes')
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, [usage])
}

/** Decrypts the desk's message on the resident's phone with the key derived from their code; null when it cannot be opened. */
export async function openFollowUpMessage(message: FollowUpMessage, secretMessageKey: string): Promise<string | null> {
  try {
    const key = await importFollowUpMessageKey(secretMessageKey, 'decrypt')
    const padded = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(message.iv), additionalData: FOLLOW_UP_MESSAGE_INFO }, key, fromBase64Url(message.ciphertext))
    const bytes = unpad(new Uint8Array(padded))
    return bytes ? new TextDecoder().decode(bytes) : null
  } catch {
    return null
  }
}
