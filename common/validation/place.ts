import type { SourcePlace } from '../placeSource'
import { checkFields } from './fields'
import type { IssueRule, ValidationIssue } from './issue'
import { checkLocation, type DistrictArea } from './location'
import { checkPhones } from './phones'
import { checkPrivacy } from './privacy'
import { checkResidentText } from './residentText'
import type { FeatureRecord } from './structure'
import { checkTexts } from './text'
import { checkVerification } from './verification'

/** The part of a place form an issue belongs next to. */
export type PlaceFormField = 'name' | 'kind' | 'district' | 'address' | 'phones' | 'hours' | 'services' | 'visibility' | 'position' | 'note' | 'other'

const FIELD_OF_RULE: Partial<Record<IssueRule, PlaceFormField>> = {
  'name.th-missing': 'name',
  'kind.unknown': 'kind',
  'district.unknown': 'district',
  'address.invalid': 'address',
  'privacy.address-forbidden': 'address',
  'phones.invalid': 'phones',
  'phone.not-thai': 'phones',
  'phone.display-mismatch': 'phones',
  'hours.invalid': 'hours',
  'services.invalid': 'services',
  'service.unknown': 'services',
  'visibility.unknown': 'visibility',
  'uncertainty.invalid': 'visibility',
  'privacy.shelter-not-hidden': 'visibility',
  'privacy.hidden-has-geometry': 'position',
  'location.outside-thailand': 'position',
  'location.swapped': 'position',
  'location.outside-district': 'position',
  'note.invalid': 'note',
  'note.not-thai': 'note',
  'note.too-long': 'note',
}

/** The form field an issue is shown next to (text issues by the field their message names). */
export function placeFormFieldOf(issue: ValidationIssue): PlaceFormField {
  const byRule = FIELD_OF_RULE[issue.rule]
  if (byRule) return byRule
  if (issue.rule === 'text.too-long' || issue.rule === 'text.hidden-character') {
    const field = /^(name|address|hours|note)\./.exec(issue.message.en)?.[1]
    if (field) return field as PlaceFormField
  }
  return 'other'
}

/**
 * Runs the dataset build's rules for one place (fields, texts, phones, provenance, privacy, position
 * in Thailand and in its district) — the same rules geo:build applies — for a volunteer's form, a
 * proposal on the server, or an imported row. `districts` may be empty: the district outline is then not checked.
 */
export function validatePlace(place: SourcePlace, districts: readonly DistrictArea[], ref: { file: string; index: number } = { file: 'place', index: 0 }): ValidationIssue[] {
  const { properties, point } = place
  const record: FeatureRecord = {
    ...ref,
    id: properties.id,
    fileKind: properties.kind,
    properties: properties as unknown as Record<string, unknown>,
    geometry: point ? { type: 'Point', coordinates: [point.lng, point.lat] } : null,
    ...(point ? { point } : {}),
  }
  const knownCodes = new Set(districts.map((district) => district.code))
  const fieldIssues = checkFields(record, knownCodes.size > 0 ? knownCodes : new Set([properties.districtCode]))
  return [
    ...fieldIssues,
    ...checkTexts(record),
    ...checkPhones(record, properties.phones),
    ...checkVerification(record),
    ...checkResidentText(record),
    ...checkPrivacy(record),
    ...checkLocation(record, districts),
  ]
}
