import { deskErrors, ok, type DeskResult } from './errors'

// The recovery code: 7 groups of 5 symbols (4 random + 1 check), 28 random symbols from an alphabet
// of 23 = 126.6 bits. Each symbol has a Latin form with no look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S,
// 6/G, 8/B, U/V/Y) and a Thai consonant read aloud by its school name (“ก ไก่”), which no two
// share. Either script, or a mix, is accepted back. 23 is prime, so the weighted check symbol of a
// group catches every single wrong symbol and every swap of two neighbours; the group number is
// in the sum, so two swapped groups are caught too, and the message names the group.

interface RecoverySymbol {
  latin: string
  thai: string
  /** The consonant's name as taught in school, for reading the code aloud. */
  thaiName: string
}

const SYMBOLS: readonly RecoverySymbol[] = [
  { latin: '2', thai: 'ข', thaiName: 'ไข่' },
  { latin: '3', thai: 'ค', thaiName: 'ควาย' },
  { latin: '4', thai: 'ง', thaiName: 'งู' },
  { latin: '5', thai: 'ถ', thaiName: 'ถุง' },
  { latin: '6', thai: 'ธ', thaiName: 'ธง' },
  { latin: '7', thai: 'บ', thaiName: 'ใบไม้' },
  { latin: '8', thai: 'ย', thaiName: 'ยักษ์' },
  { latin: '9', thai: 'ล', thaiName: 'ลิง' },
  { latin: 'A', thai: 'อ', thaiName: 'อ่าง' },
  { latin: 'C', thai: 'ช', thaiName: 'ช้าง' },
  { latin: 'D', thai: 'ด', thaiName: 'เด็ก' },
  { latin: 'E', thai: 'ญ', thaiName: 'หญิง' },
  { latin: 'F', thai: 'ผ', thaiName: 'ผึ้ง' },
  { latin: 'H', thai: 'ห', thaiName: 'หีบ' },
  { latin: 'J', thai: 'จ', thaiName: 'จาน' },
  { latin: 'K', thai: 'ก', thaiName: 'ไก่' },
  { latin: 'M', thai: 'ม', thaiName: 'ม้า' },
  { latin: 'N', thai: 'น', thaiName: 'หนู' },
  { latin: 'P', thai: 'พ', thaiName: 'พาน' },
  { latin: 'R', thai: 'ร', thaiName: 'เรือ' },
  { latin: 'T', thai: 'ท', thaiName: 'ทหาร' },
  { latin: 'W', thai: 'ว', thaiName: 'แหวน' },
  { latin: 'X', thai: 'ส', thaiName: 'เสือ' },
]

const BASE = SYMBOLS.length
export const RECOVERY_GROUPS = 7
const DATA_PER_GROUP = 4
export const RECOVERY_GROUP_LENGTH = DATA_PER_GROUP + 1
export const RECOVERY_CODE_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH
const CHECK_WEIGHT_INVERSE = 14 // 5 × 14 = 70 ≡ 1 (mod 23): 5 is the check symbol's weight
const SEPARATORS = /[\s\-–—·.,_/]+/gu

const VALUE_OF = new Map<string, number>(SYMBOLS.flatMap((symbol, value) => [[symbol.latin, value], [symbol.thai, value]]))

/** The recovery code in its canonical form: 35 Latin symbols, no separators. */
export type RecoveryCode = string & { readonly __recoveryCode: unique symbol }

function groupSum(values: readonly number[], group: number): number {
  return values.reduce((sum, value, position) => sum + (position + 1) * value, 6 * (group + 1))
}

function checkValue(data: readonly number[], group: number): number {
  return (((BASE - (groupSum(data, group) % BASE)) * CHECK_WEIGHT_INVERSE) % BASE)
}

function symbolOf(value: number): RecoverySymbol {
  const symbol = SYMBOLS[value]
  if (!symbol) throw new RangeError(`No recovery symbol ${value}`)
  return symbol
}

function randomValues(count: number): number[] {
  const values: number[] = []
  const limit = 256 - (256 % BASE) // rejection sampling keeps every symbol equally likely
  while (values.length < count) {
    for (const byte of crypto.getRandomValues(new Uint8Array(count * 2))) {
      if (byte < limit && values.length < count) values.push(byte % BASE)
    }
  }
  return values
}

function groupsOf(code: RecoveryCode): string[] {
  return Array.from({ length: RECOVERY_GROUPS }, (_, group) => code.slice(group * RECOVERY_GROUP_LENGTH, (group + 1) * RECOVERY_GROUP_LENGTH))
}

/** A fresh random recovery code (shown once, never stored). */
export function generateRecoveryCode(): RecoveryCode {
  const values = randomValues(RECOVERY_GROUPS * DATA_PER_GROUP)
  let code = ''
  for (let group = 0; group < RECOVERY_GROUPS; group++) {
    const data = values.slice(group * DATA_PER_GROUP, (group + 1) * DATA_PER_GROUP)
    code += [...data, checkValue(data, group)].map((value) => symbolOf(value).latin).join('')
  }
  return code as RecoveryCode
}

/** One row of the printable page: the group in Latin, in Thai, and the Thai names to read it aloud. */
export interface RecoveryCodeGroup {
  number: number
  latin: string
  thai: string
  spoken: string
}

/** The code as the printable page shows it, group by group. */
export function recoveryCodeSheet(code: RecoveryCode): RecoveryCodeGroup[] {
  return groupsOf(code).map((group, index) => {
    const symbols = Array.from(group, (character) => symbolOf(VALUE_OF.get(character) ?? -1))
    return {
      number: index + 1,
      latin: group,
      thai: symbols.map((symbol) => symbol.thai).join(''),
      spoken: symbols.map((symbol) => `${symbol.thai} ${symbol.thaiName}`).join(' · '),
    }
  })
}

/** The code on one line in Latin, groups joined by dashes: K7M3P-… */
export function formatRecoveryCode(code: RecoveryCode): string {
  return groupsOf(code).join('-')
}

function toValues(text: string): DeskResult<number[]> {
  const values: number[] = []
  for (const character of text.replace(SEPARATORS, '').toUpperCase()) {
    const value = VALUE_OF.get(character)
    if (value === undefined) return deskErrors.recoveryCodeCharacter(character)
    values.push(value)
  }
  return ok(values)
}

function groupIsValid(values: readonly number[], group: number): boolean {
  return groupSum(values, group) % BASE === 0
}

/** Reads a typed code (Latin, Thai or mixed; any case; dashes and spaces ignored) and checks every group. */
export function parseRecoveryCode(text: string): DeskResult<RecoveryCode> {
  const parsed = toValues(text)
  if (!parsed.ok) return parsed
  const values = parsed.value
  if (values.length !== RECOVERY_CODE_LENGTH) return deskErrors.recoveryCodeLength(RECOVERY_CODE_LENGTH, values.length)
  const badGroups: number[] = []
  for (let group = 0; group < RECOVERY_GROUPS; group++) {
    if (!groupIsValid(values.slice(group * RECOVERY_GROUP_LENGTH, (group + 1) * RECOVERY_GROUP_LENGTH), group)) badGroups.push(group + 1)
  }
  if (badGroups.length > 0) return deskErrors.recoveryCodeTypo(badGroups)
  return ok(values.map((value) => symbolOf(value).latin).join('') as RecoveryCode)
}

/** The secret the recovery key is derived from (the canonical code as UTF-8). */
export function recoverySecret(code: RecoveryCode): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(code)
}

/** Two different group numbers (1-based, ascending) to ask the coordinator to type back. */
export function pickConfirmationGroups(): [number, number] {
  const [first = 0, second = 0] = crypto.getRandomValues(new Uint32Array(2))
  const a = first % RECOVERY_GROUPS
  const b = (a + 1 + (second % (RECOVERY_GROUPS - 1))) % RECOVERY_GROUPS
  return a < b ? [a + 1, b + 1] : [b + 1, a + 1]
}

/** Set-up can finish only when the typed groups (in the order asked, either script) equal those groups of the code. */
export function checkRecoveryConfirmation(code: RecoveryCode, groupNumbers: readonly number[], typed: string): DeskResult<true> {
  const parsed = toValues(typed)
  if (!parsed.ok) return parsed
  const groups = groupsOf(code)
  const expected = groupNumbers.map((number) => groups[number - 1] ?? '').join('')
  const given = parsed.value.map((value) => symbolOf(value).latin).join('')
  if (groupNumbers.length === 0 || expected.length !== groupNumbers.length * RECOVERY_GROUP_LENGTH || given !== expected) return deskErrors.confirmationMismatch()
  return ok(true)
}
