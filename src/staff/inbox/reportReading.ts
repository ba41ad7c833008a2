import { isFiniteNumber, isNonBlankString, isOneOf, isRecord, isSetOf } from '@common/validation/guards'
import { AFFECTED_PEOPLE, VIOLENCE_KINDS, type ReportContact, type ReportPayload, type ReportPlace } from '@/domain/report/types'

// A decrypted report as the desk shows it: one line per question of the resident's form, in the
// form's order, each answer named by the form's own words (report.*.json) so the coordinator reads
// exactly what the resident chose. The resident's own text is shown as written.

/** One answer: a message key (with its values), or the resident's own words. */
export type ReportAnswer = { key: string; values?: Record<string, string | number> } | { text: string }

export interface ReportLine {
  id: 'inDanger' | 'affected' | 'violence' | 'place' | 'whatHappened' | 'contact' | 'consent'
  /** Message key of the question as the desk asks it (under `desk.report`). */
  headingKey: string
  answers: ReportAnswer[]
}

const TIME = /^\d{2}:\d{2}$/

function isPlace(value: unknown): value is ReportPlace | null {
  if (value === null) return true
  if (!isRecord(value)) return false
  if (value.kind === 'community') return isNonBlankString(value.placeId)
  if (value.kind === 'district') return isFiniteNumber(value.code)
  return value.kind === 'position' && isFiniteNumber(value.lat) && isFiniteNumber(value.lng)
}

function isContact(value: unknown): value is ReportContact {
  if (!isRecord(value)) return false
  if (value.kind === 'none') return true
  const safeTime = value.safeTime
  return (
    value.kind === 'phone' &&
    isNonBlankString(value.phone) &&
    isRecord(safeTime) &&
    typeof safeTime.from === 'string' &&
    TIME.test(safeTime.from) &&
    typeof safeTime.to === 'string' &&
    TIME.test(safeTime.to) &&
    (value.codeWord === undefined || typeof value.codeWord === 'string')
  )
}

/** The decrypted JSON as a report, or null when it is not one (then the desk says it cannot be read). */
export function readReportPayload(value: unknown): ReportPayload | null {
  if (!isRecord(value) || value.v !== 1 || value.consent !== true || typeof value.inDanger !== 'boolean') return null
  if (!isOneOf(AFFECTED_PEOPLE, value.affected) || !isSetOf(VIOLENCE_KINDS, value.violence) || !isPlace(value.place) || !isContact(value.contact)) return null
  if (value.whatHappened !== undefined && typeof value.whatHappened !== 'string') return null
  if (typeof value.submittedAt !== 'string') return null
  return value as unknown as ReportPayload
}

/** The key the resident's follow-up code derives, carried inside the report when they asked for a code; else null. */
export function followUpMessageKey(value: unknown): string | null {
  if (!isRecord(value) || !isRecord(value.followUp)) return null
  const key = value.followUp.messageKey
  return isNonBlankString(key) ? key : null
}

function placeAnswers(place: ReportPlace | null): ReportAnswer[] {
  if (place === null) return [{ key: 'report.place.none' }]
  switch (place.kind) {
    case 'community':
      return [{ key: 'report.place.community' }, { text: place.placeId }]
    case 'district':
      return [{ key: 'report.place.district' }, { text: String(place.code) }]
    case 'position':
      return [{ key: 'report.place.position' }, { key: 'desk.report.position', values: { lat: place.lat.toFixed(2), lng: place.lng.toFixed(2) } }]
  }
}

function contactAnswers(contact: ReportContact): ReportAnswer[] {
  if (contact.kind === 'none') return [{ key: 'report.contact.none' }]
  const answers: ReportAnswer[] = [
    { key: 'report.contact.phone' },
    { key: 'desk.report.phone', values: { phone: contact.phone } },
    { key: 'desk.report.safeTime', values: { from: contact.safeTime.from, to: contact.safeTime.to } },
  ]
  if (contact.codeWord) answers.push({ key: 'desk.report.codeWord' }, { text: contact.codeWord })
  return answers
}

/** The report's answers, question by question, in the order the form asks them. */
export function reportLines(report: ReportPayload): ReportLine[] {
  return [
    { id: 'inDanger', headingKey: 'desk.report.inDanger', answers: [{ key: report.inDanger ? 'report.danger.yes' : 'report.danger.no' }] },
    { id: 'affected', headingKey: 'desk.report.affected', answers: [{ key: `report.affected.${report.affected}` }] },
    { id: 'violence', headingKey: 'desk.report.violence', answers: report.violence.map((kind) => ({ key: `report.violence.${kind}` })) },
    { id: 'place', headingKey: 'desk.report.place', answers: placeAnswers(report.place) },
    { id: 'whatHappened', headingKey: 'desk.report.whatHappened', answers: [report.whatHappened ? { text: report.whatHappened } : { key: 'desk.report.nothingWritten' }] },
    { id: 'contact', headingKey: 'desk.report.contact', answers: contactAnswers(report.contact) },
    { id: 'consent', headingKey: 'desk.report.consent', answers: [{ key: 'report.consent.label' }] },
  ]
}
