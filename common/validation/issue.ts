import type { LocalizedText } from '../place'

/** Every problem the dataset build can report; the id is stable so tests and tools can match on it. */
export type IssueRule =
  | 'file.unreadable'
  | 'json.duplicate-key'
  | 'places.none'
  | 'geojson.not-feature-collection'
  | 'geojson.not-feature'
  | 'geojson.properties-missing'
  | 'geojson.geometry-not-point'
  | 'geojson.geometry-missing'
  | 'geojson.coordinates-not-numeric'
  | 'geojson.coordinates-arity'
  | 'file.unknown-kind'
  | 'id.missing'
  | 'id.format'
  | 'id.duplicate'
  | 'name.th-missing'
  | 'address.invalid'
  | 'kind.unknown'
  | 'kind.mismatch'
  | 'district.unknown'
  | 'services.invalid'
  | 'service.unknown'
  | 'serves-only.invalid'
  | 'visibility.unknown'
  | 'uncertainty.invalid'
  | 'text.too-long'
  | 'text.hidden-character'
  | 'hours.invalid'
  | 'source.missing'
  | 'origin.unknown'
  | 'note.invalid'
  | 'note.moved'
  | 'note.not-thai'
  | 'note.too-long'
  | 'phones.invalid'
  | 'phone.not-thai'
  | 'phone.display-mismatch'
  | 'verification.invalid'
  | 'verification.incomplete'
  | 'date.invalid'
  | 'checks.invalid'
  | 'checks.future'
  | 'id.changed'
  | 'verification.by-check-only'
  | 'privacy.hidden-has-geometry'
  | 'privacy.address-forbidden'
  | 'privacy.shelter-not-hidden'
  | 'location.outside-thailand'
  | 'location.swapped'
  | 'location.outside-district'
  | 'location.same-spot'
  | 'second-source.invalid'
  | 'second-source.unknown-place'
  | 'second-source.too-far'
  | 'boundary.invalid'
  | 'basemap.invalid'
  | 'hotline.not-array'
  | 'hotline.invalid'
  | 'hotline.purpose-missing'
  | 'hotline.number-invalid'
  | 'hotline.unconfirmed'
  | 'hotline.line-url'

/** One problem found in the geo/ sources: where it is and what to do, in Thai and English. */
export interface ValidationIssue {
  /** Path of the source file, as shown to the person running the build. */
  file: string
  /** The feature's `id` when it has one. */
  featureId?: string
  /** Position of the feature (or hotline) in its file, from 0. */
  index?: number
  rule: IssueRule
  message: Required<LocalizedText>
  /** The property it is about (e.g. "name.th", "checks.phone") when the rule alone does not say. */
  field?: string
}

/** Where a feature or list item sits, for pointing an issue at it. */
export interface ItemRef {
  file: string
  index: number
  id?: string
}

/** An issue about one feature or list item. */
export function itemIssue(ref: ItemRef, rule: IssueRule, th: string, en: string, field?: string): ValidationIssue {
  return { file: ref.file, ...(ref.id === undefined ? {} : { featureId: ref.id }), index: ref.index, rule, message: { th, en }, ...(field === undefined ? {} : { field }) }
}

/** An issue about a whole file. */
export function fileIssue(file: string, rule: IssueRule, th: string, en: string): ValidationIssue {
  return { file, rule, message: { th, en } }
}
