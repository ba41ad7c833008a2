import type { LocalizedText } from '../place'

/** A sign-in name: 3–32 lowercase Latin letters, digits, dot, dash or underscore, starting with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/

/** The form a typed sign-in name is stored and compared in: trimmed, lowercase. */
export function normalizeUsername(typed: string): string {
  return typed.trim().toLowerCase()
}

const USERNAME_PROBLEM: LocalizedText = {
  th: 'ชื่อผู้ใช้ต้องยาว 3–32 ตัว ขึ้นต้นด้วยอักษรภาษาอังกฤษ ใช้ได้เฉพาะ a–z 0–9 จุด ขีด และขีดล่าง เช่น somsri.k',
  en: 'A user name is 3–32 characters, starts with a Latin letter and uses only a–z, 0–9, dot, dash and underscore, for example somsri.k',
}

/** Null when `typed` (after normalizing) is a usable sign-in name, otherwise what to fix. */
export function checkUsername(typed: string): LocalizedText | null {
  return USERNAME_PATTERN.test(normalizeUsername(typed)) ? null : USERNAME_PROBLEM
}
