import type { FollowUpMessage } from '@common/desk/records'
import { fromBase64Url, toBase64Url } from './base64url'
import { unpad } from './bucketPadding'

// The resident's follow-up code: "TH" + 16 random digits + 2 check letters, like a parcel-tracking
// number (TH4820193377615204KX). One slow derivation (PBKDF2) of the code, then two HKDF outputs
// with different labels: the lookup hash (sent beside the report and on each lookup; all the
// server keeps) and the key of the desk's short message (inside the encrypted report). Neither
// reveals the other or the code. The desk seals its message in src/staff/desk/followUpCode.ts.

const DIGITS = 16
const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ' // 23 letters (prime): no I, O or Q
const PATTERN = /^TH(\d{16})([A-Z]{2})$/
/** PBKDF2 rounds over the code: the code has 53 bits, so each guess of a stolen hash costs 2^53 × this in the worst case. */
export const FOLLOW_UP_PBKDF2_ITERATIONS = 200_000
const KDF_SALT = new TextEncoder().encode('safe-space-map follow-up v1')
const LOOKUP_INFO = new TextEncoder().encode('safe-space-map follow-up lookup v1')
/** HKDF label of the message key, and the additional data of every sealed desk message. */
export const FOLLOW_UP_MESSAGE_INFO = new TextEncoder().encode('safe-space-map follow-up message v1')

/** A follow-up code in canonical form (upper case, no spaces) whose check letters are right. */
export type FollowUpCode = string & { readonly __followUpCode: unique symbol }

function checkLetters(digits: readonly number[]): string {
  const base = CHECK_LETTERS.length
  // Weights 1..16 are distinct and non-zero mod 23: any single wrong digit or swap of two neighbours changes the first letter.
  const first = digits.reduce((sum, digit, index) => sum + (index + 1) * digit, 0) % base
  const second = digits.reduce((sum, digit, index) => sum + 2 ** (index % 11) * digit, 0) % base
  return `${CHECK_LETTERS[first]}${CHECK_LETTERS[second]}`
}

/** A new random follow-up code (shown once to the resident, never stored on the phone). */
export function generateFollowUpCode(): FollowUpCode {
  const digits: number[] = []
  while (digits.length < DIGITS) {
    for (const byte of crypto.getRandomValues(new Uint8Array(DIGITS * 2))) {
      if (byte < 250 && digits.length < DIGITS) digits.push(byte % 10)
    }
  }
  return `TH${digits.join('')}${checkLetters(digits)}` as FollowUpCode
}

/** What text typed into search is: a follow-up code, a code with a typo, or ordinary search words. */
export type FollowUpCodeParse = { kind: 'code'; code: FollowUpCode } | { kind: 'typo' } | { kind: 'not-a-code' }

/** Recognises a follow-up code in typed text (any case, spaces and dashes ignored). */
export function parseFollowUpCode(text: string): FollowUpCodeParse {
  const compact = text.replace(/[\s-]+/g, '').toUpperCase()
  const match = PATTERN.exec(compact)
  if (!match) return { kind: 'not-a-code' }
  const digits = Array.from(match[1] ?? '', Number)
  return checkLetters(digits) === match[2] ? { kind: 'code', code: compact as FollowUpCode } : { kind: 'typo' }
}

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
