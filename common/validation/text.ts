import { isRecord } from './guards'
import { itemIssue, type ValidationIssue } from './issue'
import type { FeatureRecord } from './structure'

/** The longest place name, in characters per language: the longest real one is under 80. */
export const MAX_NAME_LENGTH = 200
/** The longest address, opening hours or note, in characters per language. */
export const MAX_TEXT_LENGTH = 1000

// Characters that do not show, or that change how the text around them shows: control characters
// (C0, DEL, C1), bidirectional controls (U+202E turns "txt.exe" into "exe.txt") and zero-width or
// invisible characters (U+200B splits a name so that search no longer finds it).
const HIDDEN_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u

/** A problem with one piece of text shown to people, or undefined when it is fine. */
export type TextProblem = { kind: 'too-long'; length: number } | { kind: 'hidden-character'; codePoint: string; position: number }

/** Whether text is short enough and free of hidden characters. */
export function textProblem(text: string, maxLength: number): TextProblem | undefined {
  const hidden = HIDDEN_CHARACTER.exec(text)
  if (hidden) {
    const codePoint = `U+${(hidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    return { kind: 'hidden-character', codePoint, position: hidden.index }
  }
  const length = codePointCount(text)
  return length > maxLength ? { kind: 'too-long', length } : undefined
}

// Unicode characters (a Thai vowel mark is one, an emoji is one, not two UTF-16 units), counted
// without building an array of a 5 MB text.
function codePointCount(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g)?.length ?? 0)
}

/** The texts of a feature that people read, by field path, with their length limits. */
function readableTexts(properties: Record<string, unknown>): Array<{ field: string; text: string; maxLength: number }> {
  const { name, address, hours, verification } = properties
  const fields: Array<[string, unknown, number]> = [
    ['name', name, MAX_NAME_LENGTH],
    ['address', address, MAX_TEXT_LENGTH],
    ['hours', hours, MAX_TEXT_LENGTH],
    ['verification.note', isRecord(verification) ? verification.note : undefined, MAX_TEXT_LENGTH],
  ]
  return fields.flatMap(([field, value, maxLength]) =>
    isRecord(value)
      ? Object.entries(value).flatMap(([lang, text]) => (typeof text === 'string' ? [{ field: `${field}.${lang}`, text, maxLength }] : []))
      : [],
  )
}

/** Checks every name, address, opening hours and note of a feature: length and hidden characters. */
export function checkTexts(record: FeatureRecord): ValidationIssue[] {
  return readableTexts(record.properties).flatMap(({ field, text, maxLength }) => {
    const problem = textProblem(text, maxLength)
    if (!problem) return []
    if (problem.kind === 'too-long') {
      return [
        itemIssue(
          record,
          'text.too-long',
          `${field} ยาว ${problem.length} ตัวอักษร เกินที่ใช้ได้ ${maxLength} ตัวอักษร: ย่อให้สั้นลง`,
          `${field} is ${problem.length} characters long, more than the ${maxLength} allowed: shorten it`,
          field,
        ),
      ]
    }
    return [
      itemIssue(
        record,
        'text.hidden-character',
        `${field} มีอักขระที่มองไม่เห็นหรือกลับทิศทางข้อความ (${problem.codePoint}) ที่ตำแหน่ง ${problem.position}: ลบออก แล้วพิมพ์ข้อความใหม่ถ้าคัดลอกมา`,
        `${field} holds a character that does not show or reverses the text (${problem.codePoint}) at position ${problem.position}: delete it, and retype the text if it was pasted`,
      ),
    ]
  })
}
