import { createHmac } from 'node:crypto'

/** The resident's lookup hash as sent: 32 bytes in unpadded base64url (src/staff/desk/followUpCode.ts). */
export const LOOKUP_HASH = /^[A-Za-z0-9_-]{43}$/

/**
 * What the database keeps of a follow-up lookup: HMAC-SHA-256 under the pepper (hex). Without the
 * pepper, which is never in the database, a stolen copy cannot be used to test guessed codes.
 */
export function storedLookup(pepper: Uint8Array, lookupHash: string): string {
  return createHmac('sha256', pepper).update(lookupHash, 'utf8').digest('hex')
}
