import { isLocalizedText, isRecord } from './guards'
import { itemIssue, type ItemRef, type ValidationIssue } from './issue'

/** What kind of Thai number a string is, or undefined when it is not one. */
export type ThaiNumberKind = 'landline' | 'mobile' | 'short_code'

/**
 * Classifies a number written as E.164 (+66 without the national 0) or as a short code.
 * Landline: +66 + area code 2 (Bangkok) or 3/4/5/7 (provinces) + 7 digits = 8 digits after 66.
 * Mobile: +66 + 6/8/9 + 8 digits = 9 digits after 66. Short code: 3–4 digits starting with 1 (191, 1300).
 */
export function thaiNumberKind(value: string): ThaiNumberKind | undefined {
  if (/^\+66[2-57]\d{7}$/.test(value)) return 'landline'
  if (/^\+66[689]\d{8}$/.test(value)) return 'mobile'
  if (/^1\d{2,3}$/.test(value)) return 'short_code'
  return undefined
}

/** The digits a person dials inside Thailand for an E.164 or short-code number ("+6622822323" → "022822323"). */
export function nationalDigits(e164: string): string {
  return e164.startsWith('+66') ? `0${e164.slice(3)}` : e164
}

/** Checks a place's phones: a list of {e164, display, label?} with Thai numbers whose display matches. */
export function checkPhones(ref: ItemRef, phones: unknown): ValidationIssue[] {
  if (!Array.isArray(phones)) {
    return [itemIssue(ref, 'phones.invalid', 'phones ต้องเป็นรายการ (ว่างได้ [])', 'phones must be a list (may be empty [])')]
  }
  return phones.flatMap((phone: unknown, i) => checkPhone(ref, phone, i))
}

function checkPhone(ref: ItemRef, phone: unknown, i: number): ValidationIssue[] {
  if (!isRecord(phone) || typeof phone.e164 !== 'string' || typeof phone.display !== 'string' || (phone.label !== undefined && !isLocalizedText(phone.label))) {
    return [
      itemIssue(ref, 'phones.invalid', `phones[${i}] ต้องเป็น {"e164": "+6621234567", "display": "02 123 4567", "label"?: {"th": ...}}`, `phones[${i}] must be {"e164": "+6621234567", "display": "02 123 4567", "label"?: {"th": ...}}`),
    ]
  }
  const { e164, display } = phone
  if (!thaiNumberKind(e164)) {
    return [
      itemIssue(ref, 'phone.not-thai', `phones[${i}] "${e164}" ไม่ใช่เบอร์ไทยที่ถูกต้อง: เบอร์บ้าน +66 ตามด้วย 8 หลัก (+6621234567), มือถือ +66 ตามด้วย 9 หลัก (+66812345678) โดยตัดเลข 0 ตัวหน้า หรือเบอร์สั้น เช่น 1300`, `phones[${i}] "${e164}" is not a valid Thai number: landline +66 and 8 digits (+6621234567), mobile +66 and 9 digits (+66812345678), without the leading 0, or a short code such as 1300`),
    ]
  }
  if (!/^[0-9][0-9 -]*$/.test(display) || display.replace(/\D/g, '') !== nationalDigits(e164)) {
    return [
      itemIssue(ref, 'phone.display-mismatch', `phones[${i}] display "${display}" ไม่ตรงกับ e164 ${e164}: ควรเป็นตัวเลข ${nationalDigits(e164)} (เว้นวรรคได้)`, `phones[${i}] display "${display}" does not match e164 ${e164}: it should read ${nationalDigits(e164)} (spaces allowed)`),
    ]
  }
  return []
}
