import { canonicalJson } from '../canonicalJson'
import type { SourcePlace, SourcePlaceProperties } from '../placeSource'

/** The parts of a place a volunteer can change, each merged as one unit. */
export const MERGE_FIELDS = ['name', 'kind', 'districtCode', 'address', 'phones', 'hours', 'services', 'servesOnly', 'visibility', 'uncertaintyM', 'note', 'point'] as const
export type MergeField = (typeof MERGE_FIELDS)[number]

/** Which version to keep for a field both sides changed. */
export type MergeChoice = 'mine' | 'theirs'

/** The outcome of a three-way merge: what merged by itself, and the fields both sides changed differently. */
export interface MergeResult {
  /** `theirs` with every field only I changed taken from `mine`; conflicting fields keep `theirs` until chosen. */
  merged: SourcePlace
  /** Fields changed both on the server and by me, to different values: the volunteer must choose. */
  conflicts: MergeField[]
  /** Fields taken from my version without asking (only I changed them). */
  fromMine: MergeField[]
}

/** A field's value in a place (`point` is the position; the rest are properties). */
export function fieldValue(place: SourcePlace, field: MergeField): unknown {
  return field === 'point' ? place.point : place.properties[field]
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null)
}

function withField(place: SourcePlace, field: MergeField, value: unknown): SourcePlace {
  if (field === 'point') return { ...place, point: value as SourcePlace['point'] }
  const properties: Record<string, unknown> = { ...place.properties, [field]: value }
  if (value === undefined) delete properties[field]
  return { ...place, properties: properties as unknown as SourcePlaceProperties }
}

/**
 * Three-way merge of a place: `base` as I loaded it, `mine` as I edited it, `theirs` as the server has
 * it now. A field only one side changed takes that side's value; a field both changed to the same
 * value is no conflict; a field both changed differently is a conflict and keeps `theirs` until the
 * volunteer chooses, so nothing is overwritten silently. Pure.
 */
export function mergePlaces(base: SourcePlace, mine: SourcePlace, theirs: SourcePlace): MergeResult {
  let merged = theirs
  const conflicts: MergeField[] = []
  const fromMine: MergeField[] = []
  for (const field of MERGE_FIELDS) {
    const [b, m, t] = [fieldValue(base, field), fieldValue(mine, field), fieldValue(theirs, field)]
    const iChanged = !sameValue(b, m)
    if (!iChanged || sameValue(m, t)) continue
    if (sameValue(b, t)) {
      merged = withField(merged, field, m)
      fromMine.push(field)
    } else {
      conflicts.push(field)
    }
  }
  return { merged, conflicts, fromMine }
}

/** The fields whose values differ between two versions (what a side-by-side view lists). */
export function changedFields(a: SourcePlace, b: SourcePlace): MergeField[] {
  return MERGE_FIELDS.filter((field) => !sameValue(fieldValue(a, field), fieldValue(b, field)))
}

/** Applies the volunteer's choice for every conflicting field; throws if one is left unchosen. */
export function resolveMerge(result: MergeResult, mine: SourcePlace, choices: Partial<Record<MergeField, MergeChoice>>): SourcePlace {
  let place = result.merged
  for (const field of result.conflicts) {
    const choice = choices[field]
    if (choice === undefined) throw new Error(`resolveMerge: no choice for ${field}`)
    if (choice === 'mine') place = withField(place, field, fieldValue(mine, field))
  }
  return place
}
