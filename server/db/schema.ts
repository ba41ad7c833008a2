import type { ColumnType, Insertable, Selectable } from 'kysely'
import type { SourcePlace } from '@common/placeSource'

/**
 * The working set of places: what the next published dataset is made from. The volunteer editor
 * (issue #10) changes rows here; people only ever see a published `dataset_versions` row.
 */
export interface PlacesTable {
  id: string
  kind: string
  /** The validated source record (properties and position as written, before publishing rules). */
  source: ColumnType<SourcePlace, string, string>
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** Every dataset ever published, immutable once written; the highest `number` is the one served. */
export interface DatasetVersionsTable {
  /** 1, 2, 3…: the order of publishing. */
  number: number
  /** The dataset's own version string, e.g. "2026.11.24-3fa9c01b". */
  version: string
  /** SHA-256 (hex) of the canonical content; the app checks it after download. */
  hash: string
  /** `dataset.<hash8>.json`: the name the manifest gives and the app requests. */
  file_name: string
  place_count: number
  /** The published dataset as served, byte for byte (canonical JSON). */
  body: string
  /** Who published it: "geo/build" for the seed; a staff account later. */
  published_by: string
  published_at: ColumnType<Date, Date | string | undefined, never>
}

/** The database as Kysely sees it. Tables are added by migrations in server/db/migrations/. */
export interface Database {
  places: PlacesTable
  dataset_versions: DatasetVersionsTable
}

export type DatasetVersionRow = Selectable<DatasetVersionsTable>
export type NewDatasetVersion = Insertable<DatasetVersionsTable>
export type NewPlace = Insertable<PlacesTable>
