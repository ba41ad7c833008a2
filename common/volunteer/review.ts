import { canonicalJson } from '../canonicalJson'
import type { PlaceKind } from '../place'
import type { SourcePlace, SourcePlaceProperties } from '../placeSource'
import type { PlaceProblem } from '../validation/placeChange'
import { CHECKED_FACTS, type FactCheckAnswer, type FactChecks, type ProposalKind } from './api'

/** What residents are told a volunteer-checked place rests on: never a person's name. */
export const VOLUNTEER_CHECK_SOURCE = 'community_volunteer'

/** Kinds whose every change needs the approver's second confirmation: places people hide in or live at. */
export const SENSITIVE_KINDS: readonly PlaceKind[] = ['safe_house', 'shelter', 'community']

/** Whether approving needs a second confirmation: any removal, or any change touching a sensitive kind. */
export function isSensitiveProposal(kind: ProposalKind, before: SourcePlace | null, after: SourcePlace | null): boolean {
  if (kind === 'remove') return true
  return [before, after].some((place) => place !== null && SENSITIVE_KINDS.includes(place.properties.kind))
}

/**
 * The place after a volunteer's check on `day` is approved: each fact found right gets that day;
 * a fact found wrong loses its day (it is known wrong now). All right: the place is verified that
 * day by a community volunteer. Any wrong: it is unverified until the fact is fixed and checked.
 */
export function applyCheck(place: SourcePlace, answers: readonly FactCheckAnswer[], day: string): SourcePlace {
  const checks: FactChecks = { ...place.properties.checks }
  for (const answer of answers) {
    if (answer.ok) checks[answer.fact] = day
    else delete checks[answer.fact]
  }
  const allRight = answers.length > 0 && answers.every((answer) => answer.ok)
  const ordered = Object.fromEntries(CHECKED_FACTS.flatMap((fact) => (checks[fact] ? [[fact, checks[fact]]] : []))) as FactChecks
  const properties: SourcePlaceProperties = {
    ...place.properties,
    verification: allRight ? { status: 'verified', verifiedAt: day, source: VOLUNTEER_CHECK_SOURCE } : { status: 'unverified' },
    checks: ordered,
  }
  if (Object.keys(ordered).length === 0) delete properties.checks
  return { point: place.point, properties }
}

/**
 * What a proposed edit or addition may not do, beyond the build's rules: change a place's id, or
 * make it verified (only an approved check does, so no person's name can become its source).
 */
export function proposalPolicyProblems(before: SourcePlace | null, proposed: SourcePlace): PlaceProblem[] {
  const problems: PlaceProblem[] = []
  if (before && before.properties.id !== proposed.properties.id) {
    problems.push({ field: 'id', rule: 'id.changed', message: { th: `เปลี่ยน id ของสถานที่ไม่ได้: ใช้ "${before.properties.id}" เหมือนเดิม (ถ้าเป็นที่ใหม่ ให้เพิ่มสถานที่ใหม่)`, en: `A place's id cannot change: keep "${before.properties.id}" (for a new place, add one)` } })
  }
  const verification = proposed.properties.verification
  const unchanged = before !== null && canonicalJson(before.properties.verification) === canonicalJson(verification)
  if (verification?.status === 'verified' && !unchanged) {
    problems.push({ field: 'verification', rule: 'verification.by-check-only', message: { th: 'สถานที่จะเป็น "ตรวจแล้ว" ได้เมื่อผู้ประสานงานอนุมัติการตรวจของอาสาสมัครเท่านั้น: ใช้ "unverified" แล้วส่งการตรวจ', en: 'A place becomes verified only when a coordinator approves a volunteer\'s check: use "unverified" and send a check' } })
  }
  return problems
}

/** Whether two source places say the same thing (key order aside): the conflict check of an edit. */
export function sameSourcePlace(a: SourcePlace, b: SourcePlace): boolean {
  return canonicalJson(a) === canonicalJson(b)
}
