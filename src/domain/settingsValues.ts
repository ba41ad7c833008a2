// Settings are read back from storage as `unknown`: anything malformed falls back to the default
// instead of breaking start-up.

/** The stored locale when it is one the app supports, else undefined. */
export function parseLocale<L extends string>(value: unknown, supported: readonly L[]): L | undefined {
  return (supported as readonly unknown[]).includes(value) ? (value as L) : undefined
}

/** True only for a stored `true`. */
export function parseFlag(value: unknown): boolean {
  return value === true
}

/**
 * The quick-exit page the person chose, when it is an absolute http(s) address; null otherwise.
 * Anything else (javascript:, data:, a relative path) could run code or stay inside the app.
 */
export function parseExitUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** Shown when a setting took effect but could not be stored. */
export const SETTING_NOT_SAVED = {
  th: 'ใช้การตั้งค่านี้ได้ตอนนี้ แต่บันทึกไว้ในเครื่องไม่ได้ (พื้นที่เต็มหรือเบราว์เซอร์ไม่อนุญาต) เมื่อเปิดแอปครั้งหน้าจะกลับเป็นค่าเดิม',
  en: "This setting works now but couldn't be saved on this phone (storage is full or not allowed), so it will go back next time you open the app.",
} as const
