// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  checkRecoveryConfirmation, formatRecoveryCode, generateRecoveryCode, parseRecoveryCode, pickConfirmationGroups,
  RECOVERY_CODE_LENGTH, RECOVERY_GROUP_LENGTH, RECOVERY_GROUPS, recoveryCodeSheet, type RecoveryCode,
} from './recoveryCode'

const LATIN = '23456789ACDEFHJKMNPRTWX'

function codeErrorOf(text: string): string | false {
  const result = parseRecoveryCode(text)
  return !result.ok && result.error.code
}

describe('recovery code', () => {
  const code = generateRecoveryCode()

  it('has 7 groups of 5 symbols from an alphabet without look-alikes', () => {
    expect(code).toHaveLength(RECOVERY_CODE_LENGTH)
    expect(formatRecoveryCode(code)).toMatch(/^([2-9ACDEFHJKMNPRTWX]{5}-){6}[2-9ACDEFHJKMNPRTWX]{5}$/)
    expect(code).not.toMatch(/[01OIQLSBZGUVY]/)
  })

  it('prints each group in Latin and Thai, with the consonant names to read it aloud', () => {
    const sheet = recoveryCodeSheet(code)
    expect(sheet).toHaveLength(RECOVERY_GROUPS)
    for (const row of sheet) {
      expect(row.thai).toMatch(/^[\u0E01-\u0E2E]{5}$/)
      expect(row.spoken.split(' · ')).toHaveLength(5)
    }
    const allSymbols = recoveryCodeSheet(LATIN.repeat(2).slice(0, 35) as RecoveryCode).flatMap((row) => Array.from(row.thai))
    expect(new Set(allSymbols.slice(0, LATIN.length)).size).toBe(LATIN.length)
  })

  it('reads back the Latin form, the Thai form, lower case, spaces and dashes as the same code', () => {
    const sheet = recoveryCodeSheet(code)
    const inputs = [
      formatRecoveryCode(code),
      formatRecoveryCode(code).toLowerCase(),
      sheet.map((row) => row.thai).join(' '),
      sheet.map((row, index) => (index % 2 ? row.thai : row.latin)).join('  '),
    ]
    for (const input of inputs) expect(parseRecoveryCode(input)).toEqual({ ok: true, value: code })
  })

  it('catches every single wrong symbol, and names its group', () => {
    for (let position = 0; position < RECOVERY_CODE_LENGTH; position++) {
      for (const replacement of LATIN) {
        if (replacement === code[position]) continue
        const typo = code.slice(0, position) + replacement + code.slice(position + 1)
        const result = parseRecoveryCode(typo)
        expect(result.ok, typo).toBe(false)
        expect(!result.ok && result.error.en).toContain(`Group ${Math.floor(position / RECOVERY_GROUP_LENGTH) + 1}`)
      }
    }
  })

  it('catches every swap of two neighbouring symbols, across groups too', () => {
    for (let trial = 0; trial < 20; trial++) {
      const sample = generateRecoveryCode()
      for (let position = 0; position < RECOVERY_CODE_LENGTH - 1; position++) {
        if (sample[position] === sample[position + 1]) continue
        const swapped = sample.slice(0, position) + sample[position + 1] + sample[position] + sample.slice(position + 2)
        expect(parseRecoveryCode(swapped).ok, swapped).toBe(false)
      }
    }
  })

  it('catches two whole groups written in the wrong order', () => {
    const groups = formatRecoveryCode(code).split('-')
    for (let a = 0; a < RECOVERY_GROUPS; a++) {
      for (let b = a + 1; b < RECOVERY_GROUPS; b++) {
        if (groups[a] === groups[b]) continue
        const swapped = [...groups]
        ;[swapped[a], swapped[b]] = [groups[b] ?? '', groups[a] ?? '']
        expect(parseRecoveryCode(swapped.join('-')).ok).toBe(false)
      }
    }
  })

  it('says which character is not part of any code, and how long a code is', () => {
    const withZero = parseRecoveryCode(`0${code.slice(1)}`)
    expect(!withZero.ok && withZero.error.en).toContain('“0”')
    expect(!withZero.ok && withZero.error.th).toContain('“0”')
    expect(codeErrorOf(code.slice(0, 30))).toBe('recovery-code-length')
    expect(codeErrorOf('')).toBe('recovery-code-length')
  })
})

describe('confirming the code was stored', () => {
  const code = generateRecoveryCode()
  const sheet = recoveryCodeSheet(code)

  it('asks for two different groups', () => {
    for (let trial = 0; trial < 50; trial++) {
      const [first, second] = pickConfirmationGroups()
      expect(first).toBeGreaterThanOrEqual(1)
      expect(second).toBeLessThanOrEqual(RECOVERY_GROUPS)
      expect(first).toBeLessThan(second)
    }
  })

  it('accepts the asked groups typed in either script, and nothing else', () => {
    const group = (number: number) => sheet[number - 1] ?? { latin: '', thai: '' }
    expect(checkRecoveryConfirmation(code, [2, 5], `${group(2).latin} ${group(5).latin}`).ok).toBe(true)
    expect(checkRecoveryConfirmation(code, [2, 5], `${group(2).thai}-${group(5).latin.toLowerCase()}`).ok).toBe(true)
    const wrong = checkRecoveryConfirmation(code, [2, 5], `${group(2).latin} ${group(4).latin}`)
    expect(!wrong.ok && wrong.error.code).toBe('confirmation-mismatch')
    expect(!wrong.ok && wrong.error.th).toMatch(/ยังไม่เสร็จ/)
    expect(checkRecoveryConfirmation(code, [2, 5], group(2).latin).ok).toBe(false)
    expect(checkRecoveryConfirmation(code, [], '').ok).toBe(false)
    expect(checkRecoveryConfirmation(code, [9], '').ok).toBe(false)
  })
})
