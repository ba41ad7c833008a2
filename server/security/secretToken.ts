import { createHash, randomBytes } from 'node:crypto'

/** A fresh unguessable token (256 random bits, base64url): session ids, invite and set-up links. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * What the database keeps of a token: its SHA-256 (hex). A stolen database gives no usable session
 * or link; tokens carry 256 random bits, so a fast hash is enough (no salt or stretching needed).
 */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}
