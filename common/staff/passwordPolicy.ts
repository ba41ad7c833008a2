import type { LocalizedText } from '../place'
import { COMMON_PASSWORDS } from './commonPasswords'
import { normalizeUsername } from './username'

/** Shortest password accepted, in characters (code points, so Thai counts per character). */
export const PASSWORD_MIN_LENGTH = 12
/** Longest password accepted: enough for any passphrase, and bounds the work of hashing one. */
export const PASSWORD_MAX_LENGTH = 256

export type PasswordProblemCode = 'password_too_short' | 'password_too_long' | 'password_too_common' | 'password_contains_username'

export interface PasswordProblem {
  code: PasswordProblemCode
  message: LocalizedText
}

const PROBLEMS: Record<PasswordProblemCode, LocalizedText> = {
  password_too_short: {
    th: `รหัสผ่านสั้นเกินไป ต้องยาวอย่างน้อย ${PASSWORD_MIN_LENGTH} ตัวอักษร ลองใช้หลายคำต่อกัน เช่น ประโยคที่คุณจำได้`,
    en: `The password is too short: use at least ${PASSWORD_MIN_LENGTH} characters. Try several words together, such as a sentence you remember.`,
  },
  password_too_long: {
    th: `รหัสผ่านยาวเกินไป ใช้ไม่เกิน ${PASSWORD_MAX_LENGTH} ตัวอักษร`,
    en: `The password is too long: use at most ${PASSWORD_MAX_LENGTH} characters.`,
  },
  password_too_common: {
    th: 'รหัสผ่านนี้มีคนใช้กันมาก จึงเดาได้ง่าย เลือกรหัสผ่านอื่นที่ไม่ใช่คำทั่วไป ตัวเลขเรียงกัน หรือคำซ้ำ',
    en: 'This password is one many people use, so it is easy to guess. Choose another that is not a common word, a run of numbers or a repeated word.',
  },
  password_contains_username: {
    th: 'รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น เลือกรหัสผ่านอื่น',
    en: 'The password must not contain your user name. Choose another.',
  },
}

// Digits, punctuation and spaces people add before or after a word to pass a length rule.
const PADDING = /^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu

function isOneUnitRepeated(text: string): boolean {
  // "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword": the text is found again inside itself shifted.
  return text.length > 1 && (text + text).indexOf(text, 1) < text.length
}

function repeatedUnit(text: string): string {
  const shift = (text + text).indexOf(text, 1)
  return shift < text.length ? text.slice(0, shift) : text
}

/** True when `password` is a common password, one padded with digits or symbols, or one word repeated. */
export function isCommonPassword(password: string): boolean {
  const plain = password.normalize('NFKC').toLowerCase()
  const core = plain.replace(PADDING, '')
  if (core === '' || isOneUnitRepeated(plain)) return true
  return [plain, core, repeatedUnit(core)].some((candidate) => COMMON_PASSWORDS.has(candidate))
}

/** The first reason `password` cannot be used by the account `username`, or null when it can. */
export function checkNewPassword(password: string, username: string): PasswordProblem | null {
  const length = [...password].length
  const problem = (code: PasswordProblemCode): PasswordProblem => ({ code, message: PROBLEMS[code] })
  if (length < PASSWORD_MIN_LENGTH) return problem('password_too_short')
  if (length > PASSWORD_MAX_LENGTH) return problem('password_too_long')
  if (isCommonPassword(password)) return problem('password_too_common')
  const name = normalizeUsername(username)
  if (name.length >= 3 && password.toLowerCase().includes(name)) return problem('password_contains_username')
  return null
}
