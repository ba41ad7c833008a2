import { PLACE_COLUMNS, placeToRow, type PlaceColumn } from '@common/placesCsv'
import type { SourcePlace } from '@common/placeSource'

/** One field a proposal changes, as text ('' when the place has nothing there). */
export interface FieldChange {
  column: PlaceColumn
  before: string
  after: string
}

const EMPTY_ROW = Object.fromEntries(PLACE_COLUMNS.map((column) => [column, ''])) as Record<PlaceColumn, string>

/**
 * The fields that differ between the place as published and as proposed, in the order of the
 * CSV's columns (the same names the import uses). An addition lists every field it fills; a
 * removal every field it takes away. `updated_at` is left out: approving sets it.
 */
export function proposalChanges(before: SourcePlace | null, after: SourcePlace | null): FieldChange[] {
  const old = before ? placeToRow(before) : EMPTY_ROW
  const proposed = after ? placeToRow(after) : EMPTY_ROW
  return PLACE_COLUMNS.filter((column) => column !== 'updated_at' && old[column] !== proposed[column]).map((column) => ({ column, before: old[column], after: proposed[column] }))
}
