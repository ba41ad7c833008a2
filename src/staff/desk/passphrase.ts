import { toBase64Url } from '@/domain/report/base64url'
import { deskErrors, ok, type DeskResult } from './errors'
import type { KdfParams } from './records'

// Passphrase rules and the slow derivation of a personal key's wrapping key.

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; new and re-wrapped personal keys use it. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000
export const PASSPHRASE_MIN_CHARACTERS = 12
export const PASSPHRASE_MAX_CHARACTERS = 256
export const PASSPHRASE_MIN_DISTINCT = 5
const SALT_BYTES = 16

/** Options every passphrase function takes; only tests may lower the iteration count. */
export interface KdfOptions {
  /** Test-only: PBKDF2 iterations for new wrappings instead of DEFAULT_PBKDF2_ITERATIONS. */
  testOnlyIterations?: number
}

/** The passphrase in the one form that is derived from: Unicode NFC (Thai typed on different keyboards compares equal). */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC')
}

/** Checks a new passphrase against the rules: 12–256 characters (code points: one per key press on a Thai keyboard), at least 5 different. */
export function checkNewPassphrase(passphrase: string): DeskResult<string> {
  const characters = Array.from(normalisePassphrase(passphrase))
  if (characters.length < PASSPHRASE_MIN_CHARACTERS) return deskErrors.passphraseTooShort(PASSPHRASE_MIN_CHARACTERS, characters.length)
  if (characters.length > PASSPHRASE_MAX_CHARACTERS) return deskErrors.passphraseTooLong(PASSPHRASE_MAX_CHARACTERS)
  if (new Set(characters).size < PASSPHRASE_MIN_DISTINCT) return deskErrors.passphraseTooSimple(PASSPHRASE_MIN_DISTINCT)
  return ok(normalisePassphrase(passphrase))
}

/** Which rules a passphrase meets so far, for showing them as the person types (the same counting as checkNewPassphrase). */
export function passphraseRulesMet(passphrase: string): { length: boolean; distinct: boolean } {
  const characters = Array.from(normalisePassphrase(passphrase))
  return {
    length: characters.length >= PASSPHRASE_MIN_CHARACTERS && characters.length <= PASSPHRASE_MAX_CHARACTERS,
    distinct: new Set(characters).size >= PASSPHRASE_MIN_DISTINCT,
  }
}

/** Fresh PBKDF2 parameters for a new wrapping (random salt, default iterations unless a test lowers them). */
export function newPbkdf2Params(options: KdfOptions = {}): KdfParams {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  return { name: 'PBKDF2', hash: 'SHA-256', iterations: options.testOnlyIterations ?? DEFAULT_PBKDF2_ITERATIONS, salt: toBase64Url(salt) }
}

/** Fresh HKDF parameters, for a secret that is already high-entropy (the recovery code). */
export function newHkdfParams(): KdfParams {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  return { name: 'HKDF', hash: 'SHA-256', salt: toBase64Url(salt) }
}

/** True when a personal key was wrapped with fewer iterations than today's default: re-wrap it at the next unlock. */
export function needsStrongerKdf(kdf: KdfParams): boolean {
  return kdf.name === 'PBKDF2' && kdf.iterations < DEFAULT_PBKDF2_ITERATIONS
}
