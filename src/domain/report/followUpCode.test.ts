// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fromBase64Url } from './base64url'
import { deriveFollowUpSecrets, generateFollowUpCode, parseFollowUpCode, type FollowUpCode } from './followUpCode'

function codeOf(text: string): FollowUpCode {
  const parsed = parseFollowUpCode(text)
  if (parsed.kind !== 'code') throw new Error(`not a code: ${text}`)
  return parsed.code
}

describe('follow-up code', () => {
  it('looks like a parcel-tracking number: TH, 16 digits, 2 letters', () => {
    for (let trial = 0; trial < 50; trial++) expect(generateFollowUpCode()).toMatch(/^TH\d{16}[A-HJ-NPR-Z]{2}$/)
  })

  it('is recognised in search with spaces, dashes or lower case; other text is not a code', () => {
    const code = generateFollowUpCode()
    const spaced = `${code.slice(0, 6)} ${code.slice(6, 12)}-${code.slice(12)}`.toLowerCase()
    expect(parseFollowUpCode(spaced)).toEqual({ kind: 'code', code })
    expect(parseFollowUpCode('โรงพยาบาลบางนา').kind).toBe('not-a-code')
    expect(parseFollowUpCode('TH123').kind).toBe('not-a-code')
  })

  it('catches every single wrong digit and every swap of neighbouring digits', () => {
    const code = generateFollowUpCode()
    for (let position = 2; position < 18; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === code[position]) continue
        expect(parseFollowUpCode(code.slice(0, position) + digit + code.slice(position + 1)).kind).toBe('typo')
      }
      if (position < 17 && code[position] !== code[position + 1]) {
        const swapped = code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2)
        expect(parseFollowUpCode(swapped).kind).toBe('typo')
      }
    }
  })

  it('derives the same lookup hash and message key from the same code, different ones from another', async () => {
    const code = codeOf(generateFollowUpCode())
    const first = await deriveFollowUpSecrets(code)
    const again = await deriveFollowUpSecrets(codeOf(code.toLowerCase()))
    const other = await deriveFollowUpSecrets(codeOf(generateFollowUpCode()))
    expect(again).toEqual(first)
    expect(other.lookupHash).not.toBe(first.lookupHash)
    expect(other.messageKey).not.toBe(first.messageKey)
  })

  it('keeps the lookup hash and the message key apart: 32 bytes each, unrelated, neither contains the code', async () => {
    const code = generateFollowUpCode()
    const secrets = await deriveFollowUpSecrets(code)
    expect(fromBase64Url(secrets.lookupHash)).toHaveLength(32)
    expect(fromBase64Url(secrets.messageKey)).toHaveLength(32)
    expect(secrets.lookupHash).not.toBe(secrets.messageKey)
    expect(JSON.stringify(secrets)).not.toContain(code.slice(2, 18))
  })
})
