// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { formatFollowUpCode, generateFollowUpCode, parseFollowUpCode } from './followUpCode'

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

  it('is shown in groups of four digits, and the grouped form is recognised as the same code', () => {
    const code = generateFollowUpCode()
    const shown = formatFollowUpCode(code)
    expect(shown).toMatch(/^TH \d{4} \d{4} \d{4} \d{4} [A-Z]{2}$/)
    expect(parseFollowUpCode(shown)).toEqual({ kind: 'code', code })
  })
})
