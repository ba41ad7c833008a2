import { distanceM } from '../geo'
import type { LocalizedText } from '../place'
import type { SourcePlace } from '../placeSource'
import { placesByKind, toSourceFeature } from '../sourceFiles'
import { validateSources, type SourceInput } from './index'
import type { IssueRule, ValidationIssue } from './issue'
import type { PlaceSourceFile } from './structure'
import { SAME_SPOT_M } from './uniqueness'

/** A form field of a place a problem belongs to ("place" when it is about the record as a whole). */
export type PlaceField =
  | 'id' | 'kind' | 'name' | 'address' | 'districtCode' | 'phones' | 'hours' | 'services' | 'servesOnly'
  | 'visibility' | 'uncertaintyM' | 'point' | 'verification' | 'origin' | 'note' | 'source' | 'updatedAt' | 'checks' | 'place'

/** One problem of a changed place: its field, the rule and what to do, in Thai and English. */
export interface PlaceProblem {
  field: PlaceField
  rule: IssueRule
  message: Required<LocalizedText>
}

const FIELD_OF_RULE: Partial<Record<IssueRule, PlaceField>> = {
  'id.missing': 'id', 'id.format': 'id', 'id.duplicate': 'id', 'id.changed': 'id',
  'kind.unknown': 'kind', 'kind.mismatch': 'kind',
  'name.th-missing': 'name',
  'address.invalid': 'address', 'privacy.address-forbidden': 'address',
  'district.unknown': 'districtCode',
  'services.invalid': 'services', 'service.unknown': 'services',
  'serves-only.invalid': 'servesOnly',
  'visibility.unknown': 'visibility', 'privacy.shelter-not-hidden': 'visibility',
  'uncertainty.invalid': 'uncertaintyM',
  'hours.invalid': 'hours',
  'source.missing': 'source',
  'origin.unknown': 'origin',
  'note.invalid': 'note', 'note.moved': 'note', 'note.not-thai': 'note', 'note.too-long': 'note',
  'phones.invalid': 'phones', 'phone.not-thai': 'phones', 'phone.display-mismatch': 'phones',
  'verification.invalid': 'verification', 'verification.incomplete': 'verification', 'verification.by-check-only': 'verification',
  'checks.invalid': 'checks', 'checks.future': 'checks',
  'geojson.geometry-missing': 'point', 'geojson.geometry-not-point': 'point', 'geojson.coordinates-arity': 'point', 'geojson.coordinates-not-numeric': 'point',
  'privacy.hidden-has-geometry': 'point',
  'location.outside-thailand': 'point', 'location.swapped': 'point', 'location.outside-district': 'point', 'location.same-spot': 'point',
  'second-source.too-far': 'point',
}

const FIELDS_NAMED_BY_ISSUES: readonly PlaceField[] = ['name', 'address', 'hours', 'verification', 'updatedAt', 'checks']

/** The form field an issue is about: the property it names, else the one its rule is about. */
export function fieldOfIssue(issue: ValidationIssue): PlaceField {
  const named = issue.field?.split('.')[0] as PlaceField | undefined
  if (named && FIELDS_NAMED_BY_ISSUES.includes(named)) return named
  return FIELD_OF_RULE[issue.rule] ?? 'place'
}

/** What the rules of the dataset build need besides the places: district outlines, second sources, today. */
export type PlaceRulesContext = Pick<SourceInput, 'districts' | 'secondSources' | 'today'>

const CHANGED_FILE = 'proposal'

/**
 * Checks one added or changed place with every rule of the dataset build, among the other places of
 * the working set (`others`: without the version it replaces; ids must stay unique, no two places on
 * one spot). Returns its problems, by field; none means the working set with this change still builds.
 */
export function validatePlaceChange(changed: SourcePlace, others: readonly SourcePlace[], context: PlaceRulesContext): PlaceProblem[] {
  const placeFiles: PlaceSourceFile[] = [...placesByKind(others)].map(([kind, places]) => ({
    file: `${kind}.geojson`,
    kind,
    content: { type: 'FeatureCollection', features: places.map(toSourceFeature) },
  }))
  // The changed place last, in a file of its own: its issues are the ones in that file.
  placeFiles.push({ file: CHANGED_FILE, kind: String(changed.properties.kind), content: { type: 'FeatureCollection', features: [toSourceFeature(changed)] } })
  const result = validateSources({ ...context, placeFiles, hotlines: { file: 'hotlines', content: [] } })
  if (result.ok) return []
  return result.issues
    .filter((issue) => issue.file === CHANGED_FILE || sameSpotAsChanged(issue, changed, others))
    .map((issue) => ({ field: fieldOfIssue(issue), rule: issue.rule, message: issue.message }))
}

// A same-spot issue is reported on one place of the pair: when that is the other one, it is the changed place's too.
function sameSpotAsChanged(issue: ValidationIssue, changed: SourcePlace, others: readonly SourcePlace[]): boolean {
  if (issue.rule !== 'location.same-spot' || !changed.point) return false
  const other = others.find((place) => place.properties.id === issue.featureId)?.point
  return other !== undefined && other !== null && distanceM(other, changed.point) < SAME_SPOT_M
}
