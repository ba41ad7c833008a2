import type { LocalizedText } from '../place'

/** Whether the value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether the value is a string with something other than whitespace in it. */
export function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}

/** Whether the value is one of a fixed list of strings (a kind, service, visibility...). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
}

/** Whether the value is a finite number (not NaN, not Infinity, not a numeric string). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Whether the value is {th, en?} with non-blank Thai. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return isRecord(value) && isNonBlankString(value.th) && (value.en === undefined || typeof value.en === 'string')
}

/** Whether the value is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** Whether the value is a stable id: lowercase letters and digits joined by single hyphens. */
export function isKebabId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}

/** Whether the value is a non-empty list of strings from a fixed list, each once (e.g. who a place serves). */
export function isSetOf<T extends string>(values: readonly T[], value: unknown): value is T[] {
  return Array.isArray(value) && value.length > 0 && new Set(value).size === value.length && value.every((item) => isOneOf(values, item))
}
