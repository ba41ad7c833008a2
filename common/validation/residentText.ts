import { PLACE_ORIGINS } from '../place'
import { isLocalizedText, isOneOf, isRecord } from './guards'
import { itemIssue, type ValidationIssue } from './issue'
import type { FeatureRecord } from './structure'

/** Latin-script words a Thai reader meets as names of services, not as English: allowed in Thai text. */
export const LATIN_WORDS_IN_THAI = ['OSCC', 'LINE'] as const

/** The longest resident note, in characters: one or two lines on a phone. */
export const NOTE_MAX_CHARS = 160

/** The Latin-script words in a Thai text other than the allowed service names (empty when none). */
export function latinWordsIn(thai: string): string[] {
  const allowed: readonly string[] = LATIN_WORDS_IN_THAI
  return (thai.match(/[A-Za-z][A-Za-z.'’-]*/g) ?? []).filter((word) => !allowed.includes(word))
}

/** Checks what residents read about a place's provenance: a known `origin` and a short, Thai-clean `note`. */
export function checkResidentText(record: FeatureRecord): ValidationIssue[] {
  const { origin, note, verification } = record.properties
  const issues: ValidationIssue[] = []
  if (!isOneOf(PLACE_ORIGINS, origin)) {
    issues.push(itemIssue(record, 'origin.unknown', `ไม่รู้จัก origin "${String(origin)}": ใช้หนึ่งใน ${PLACE_ORIGINS.join(', ')} (รายละเอียดแหล่งที่มาสำหรับทีมใส่ใน source)`, `Unknown origin "${String(origin)}": use one of ${PLACE_ORIGINS.join(', ')} (the maintainers' detail goes in source)`))
  }
  if (isRecord(verification) && verification.note !== undefined) {
    issues.push(itemIssue(record, 'note.moved', 'verification.note เลิกใช้แล้ว: ข้อความสั้นสำหรับผู้ใช้ใส่ใน note รายละเอียดสำหรับทีมใส่ใน source', 'verification.note is no longer read: put a short note for residents in note, and the maintainers\' detail in source'))
  }
  if (note === undefined) return issues
  if (!isLocalizedText(note)) {
    issues.push(itemIssue(record, 'note.invalid', 'note ต้องเป็น {"th": "...", "en": "..."} และมีภาษาไทย', 'note must be {"th": "...", "en": "..."} with Thai text'))
    return issues
  }
  const latin = latinWordsIn(note.th)
  if (latin.length > 0) {
    issues.push(itemIssue(record, 'note.not-thai', `note.th มีคำภาษาอังกฤษ (${latin.join(', ')}): ผู้ใช้อ่านภาษาไทย เขียนเป็นภาษาไทย และย้ายรายละเอียดสำหรับทีมไปไว้ใน source`, `note.th has English words (${latin.join(', ')}): residents read it in Thai; write it in Thai and move the maintainers' detail to source`))
  }
  for (const text of [note.th, note.en ?? '']) {
    if ([...text].length > NOTE_MAX_CHARS) {
      issues.push(itemIssue(record, 'note.too-long', `note ยาวเกิน ${NOTE_MAX_CHARS} ตัวอักษร: ให้สั้นพอสำหรับหน้าจอโทรศัพท์ รายละเอียดใส่ใน source`, `note is longer than ${NOTE_MAX_CHARS} characters: keep it short for a phone screen; details go in source`))
    }
  }
  return issues
}
