import type { LocalizedText } from '@common/place'
import type { ReportContact, ReportDraft, ReportPayload, ReportPlace } from './types'

/** Form fields that can carry an error message. */
export type ReportField = 'inDanger' | 'affected' | 'violence' | 'place' | 'whatHappened' | 'contact' | 'phone' | 'safeTime' | 'consent'

export type ReportErrors = Partial<Record<ReportField, Required<LocalizedText>>>

/** Longest "what happened" text accepted: enough for a few paragraphs, small enough to send on a weak line. */
export const WHAT_HAPPENED_MAX = 2000

const MESSAGES = {
  inDanger: { th: 'กรุณาตอบว่าตอนนี้คุณตกอยู่ในอันตรายไหม', en: 'Please answer whether you are in danger now.' },
  affected: { th: 'กรุณาเลือกว่าใครถูกกระทำ', en: 'Please choose who is affected.' },
  violence: { th: 'กรุณาเลือกอย่างน้อยหนึ่งข้อ', en: 'Please choose at least one.' },
  community: { th: 'กรุณาเลือกชุมชน', en: 'Please choose a community.' },
  district: { th: 'กรุณาเลือกเขตหรืออำเภอ', en: 'Please choose a district.' },
  position: { th: 'ยังไม่ได้ตำแหน่ง กดปุ่มใช้ตำแหน่ง หรือเลือกแบบอื่น', en: 'No location yet. Tap the location button, or choose another option.' },
  whatHappened: { th: `ข้อความยาวเกิน ${WHAT_HAPPENED_MAX} ตัวอักษร กรุณาย่อลง`, en: `The text is longer than ${WHAT_HAPPENED_MAX} characters. Please shorten it.` },
  contact: { th: 'กรุณาเลือกว่าจะให้ติดต่อกลับอย่างไร', en: 'Please choose how we may contact you.' },
  phone: { th: 'ใส่เบอร์โทรศัพท์ไทย เช่น 081 234 5678', en: 'Enter a Thai phone number, e.g. 081 234 5678.' },
  safeTime: { th: 'ใส่ช่วงเวลาที่โทรหาได้อย่างปลอดภัย (ตั้งแต่ และ ถึง)', en: 'Enter the safe time to call (from and to).' },
  consent: { th: 'ต้องยินยอมก่อนจึงจะส่งได้', en: 'You need to agree before sending.' },
} satisfies Record<string, Required<LocalizedText>>

/** Normalises a Thai phone number to digits (0XXXXXXXX[X]) or returns null when it cannot be one. */
export function normaliseThaiPhone(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, '')
  const local = compact.startsWith('+66') ? `0${compact.slice(3)}` : compact
  return /^0\d{8,9}$/.test(local) ? local : null
}

function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
}

function placeOf(draft: ReportDraft, errors: ReportErrors): ReportPlace | null {
  switch (draft.placeChoice) {
    case 'none':
      return null
    case 'community':
      if (draft.communityId === null) errors.place = MESSAGES.community
      return draft.communityId === null ? null : { kind: 'community', placeId: draft.communityId }
    case 'district':
      if (draft.districtCode === null) errors.place = MESSAGES.district
      return draft.districtCode === null ? null : { kind: 'district', code: draft.districtCode }
    case 'position':
      if (draft.position === null) errors.place = MESSAGES.position
      return draft.position === null ? null : { kind: 'position', ...draft.position, precisionKm: 1 }
  }
}

function contactOf(draft: ReportDraft, errors: ReportErrors): ReportContact | null {
  if (draft.contactChoice === null) {
    errors.contact = MESSAGES.contact
    return null
  }
  if (draft.contactChoice === 'none') return { kind: 'none' }
  const phone = normaliseThaiPhone(draft.phone)
  if (phone === null) errors.phone = MESSAGES.phone
  if (!isClockTime(draft.safeFrom) || !isClockTime(draft.safeTo)) errors.safeTime = MESSAGES.safeTime
  const codeWord = draft.codeWord.trim()
  return phone === null
    ? null
    : { kind: 'phone', phone, safeTime: { from: draft.safeFrom, to: draft.safeTo }, ...(codeWord ? { codeWord } : {}) }
}

/**
 * Checks a draft and, when it is complete, turns it into the payload to encrypt.
 * Every error names the field it belongs to, in Thai and English.
 */
export function buildReport(
  draft: ReportDraft,
  context: { now: Date; locale: 'th' | 'en' },
): { ok: true; payload: ReportPayload } | { ok: false; errors: ReportErrors } {
  const errors: ReportErrors = {}
  if (draft.inDanger === null) errors.inDanger = MESSAGES.inDanger
  if (draft.affected === null) errors.affected = MESSAGES.affected
  if (draft.violence.length === 0) errors.violence = MESSAGES.violence
  const place = placeOf(draft, errors)
  const whatHappened = draft.whatHappened.trim()
  if (whatHappened.length > WHAT_HAPPENED_MAX) errors.whatHappened = MESSAGES.whatHappened
  const contact = contactOf(draft, errors)
  if (!draft.consent) errors.consent = MESSAGES.consent

  if (Object.keys(errors).length > 0 || draft.inDanger === null || draft.affected === null || contact === null) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    payload: {
      v: 1,
      submittedAt: context.now.toISOString(),
      locale: context.locale,
      inDanger: draft.inDanger === 'yes',
      affected: draft.affected,
      violence: [...draft.violence],
      place,
      ...(whatHappened ? { whatHappened } : {}),
      contact,
      consent: true,
    },
  }
}
