import type { Hotline } from '../place'
import { PLACE_KINDS } from '../place'
import type { SourcePlace, SourcePlaceProperties } from '../placeSource'
import { checkFields } from './fields'
import { isOneOf } from './guards'
import { checkHotlines } from './hotlines'
import { fileIssue, type ValidationIssue } from './issue'
import { checkLocation, type DistrictArea } from './location'
import { checkPhones } from './phones'
import { checkPrivacy } from './privacy'
import { checkResidentText } from './residentText'
import { compareWithSecondSources, type SecondSourceDistance, type SecondSourcePoint } from './secondSources'
import { checkTexts } from './text'
import { inspectPlaceFile, type FeatureRecord, type PlaceSourceFile } from './structure'
import { checkDuplicateIds, checkSameSpot } from './uniqueness'
import { bangkokDay } from '../day'
import { checkFactChecks, checkVerification } from './verification'

export type { IssueRule, ValidationIssue } from './issue'
export type { DistrictArea } from './location'
export type { PlaceSourceFile } from './structure'
export { DISTRICT_TOLERANCE_M } from './location'
export { SAME_SPOT_M } from './uniqueness'
export { EXACT_PIN_TOLERANCE_M, readWikidataSecondSources, type SecondSourceDistance, type SecondSourcePoint, type WikidataTables } from './secondSources'
export { MAX_UNCERTAINTY_M } from './fields'
export { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './text'
export { duplicateKeyIssues } from './duplicateKeys'
export { fieldOfIssue, validatePlaceChange, type PlaceField, type PlaceProblem, type PlaceRulesContext } from './placeChange'

/** Everything the dataset build validates, as read from geo/. */
export interface SourceInput {
  placeFiles: readonly PlaceSourceFile[]
  hotlines: { file: string; content: unknown }
  districts: readonly DistrictArea[]
  /** Independent positions for some places (reviewed mapping tables in geo/second-sources/). */
  secondSources?: readonly SecondSourcePoint[]
  /** The Bangkok day (YYYY-MM-DD) no check may be after; default: today. */
  today?: string
}

export type ValidationResult =
  | { ok: true; places: SourcePlace[]; hotlines: Hotline[]; secondSources: SecondSourceDistance[] }
  | { ok: false; issues: ValidationIssue[] }

/** Runs every rule over the sources; never throws. On success returns the places and hotlines, typed. */
export function validateSources(input: SourceInput): ValidationResult {
  const knownCodes = new Set(input.districts.map((d) => d.code))
  const today = input.today ?? bangkokDay(new Date())
  const records: FeatureRecord[] = []
  const issues: ValidationIssue[] = []
  for (const source of input.placeFiles) {
    if (!isOneOf(PLACE_KINDS, source.kind)) {
      issues.push(fileIssue(source.file, 'file.unknown-kind', `ชื่อไฟล์ต้องเป็นประเภทสถานที่: ${PLACE_KINDS.join(', ')} (.geojson)`, `The file name must be a place kind: ${PLACE_KINDS.join(', ')} (.geojson)`))
    }
    const inspected = inspectPlaceFile(source)
    issues.push(...inspected.issues)
    for (const record of inspected.records) {
      records.push(record)
      issues.push(
        ...checkFields(record, knownCodes),
        ...checkTexts(record),
        ...checkPhones(record, record.properties.phones),
        ...checkVerification(record),
        ...checkFactChecks(record, today),
        ...checkResidentText(record),
        ...checkPrivacy(record),
        ...checkLocation(record, input.districts),
      )
    }
  }
  const compared = compareWithSecondSources(records, input.secondSources ?? [])
  issues.push(...checkDuplicateIds(records), ...checkSameSpot(records), ...compared.issues, ...checkHotlines(input.hotlines.file, input.hotlines.content))
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) }
  return {
    ok: true,
    // Every rule above passed, so the shapes are the ones the source format promises.
    places: records.map((r) => ({ properties: r.properties as unknown as SourcePlaceProperties, point: r.point ?? null })),
    hotlines: input.hotlines.content as Hotline[],
    secondSources: compared.distances,
  }
}

// Plain code-unit order: the same on every machine, unlike localeCompare.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Orders issues by file, then feature, keeping each feature's issues in rule order. */
function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => compareText(a.issue.file, b.issue.file) || (a.issue.index ?? -1) - (b.issue.index ?? -1) || a.order - b.order)
    .map(({ issue }) => issue)
}
