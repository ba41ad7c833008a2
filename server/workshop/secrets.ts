import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

// Letters and digits nobody mixes up when reading them off a projector: no 0/O, 1/l/I.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789'

/** `groups` groups of `size` readable characters joined by dashes, e.g. "k7mp-q3xt-w9rb". */
export function readableCode(groups: number, size: number): string {
  return Array.from({ length: groups }, () => Array.from({ length: size }, () => READABLE[randomInt(READABLE.length)]).join('')).join('-')
}

/** The short code printed under each QR code and shown on attendees' banners (e.g. "K7MP"). */
export function newJoinCode(): string {
  return readableCode(1, 4).toUpperCase()
}

/** A new workshop session id: changes at every start and reset. */
export function newSessionId(): string {
  return randomBytes(16).toString('base64url')
}

/** SHA-256 of a secret, as bytes (what the process keeps of the presenter key and sessions). */
export function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest()
}

/** Whether `typed` is the secret whose digest is `expected`, compared in constant time. */
export function matchesDigest(typed: string, expected: Buffer): boolean {
  return timingSafeEqual(digestOf(typed), expected)
}
