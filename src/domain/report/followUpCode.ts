// The resident's follow-up code: "TH" + 16 random digits + 2 check letters, like a parcel-tracking
// number (TH4820193377615204KX). Only its format is here, small enough for the map's search box on
// the first screen; what is derived from it is in followUpSecrets.ts, loaded when a code is typed.

const DIGITS = 16
const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ' // 23 letters (prime): no I, O or Q
const PATTERN = /^TH(\d{16})([A-Z]{2})$/

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

/** The code as it is shown to be copied: `TH 4820 1933 7761 5204 KX` (search accepts it with or without the spaces). */
export function formatFollowUpCode(code: FollowUpCode): string {
  const digits = code.slice(2, 2 + DIGITS).match(/\d{4}/g) ?? []
  return ['TH', ...digits, code.slice(2 + DIGITS)].join(' ')
}
