import { canonicalJson } from '@common/canonicalJson'
import { datasetFileName } from '@common/dataset'
import { splitDataset } from '@common/datasetParts'
import type { Dataset, DatasetManifest } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import { sql, type Kysely } from 'kysely'
import { sha256Hex } from '../../geo/build/hash'
import type { Database, DatasetVersionRow } from './schema'

/** A published version without its body: enough for the manifest and /api/config. */
export type PublishedVersion = Omit<DatasetVersionRow, 'body'>

/** The manifest the app reads (data/manifest.json) for a published version. */
export function manifestOf(version: PublishedVersion): DatasetManifest {
  return { version: version.version, hash: version.hash, file: version.file_name, placeCount: version.place_count, ...(version.parts ?? {}) }
}

/** The version people are served now (the latest published), or undefined before the first. */
export async function currentVersion(db: Kysely<Database>): Promise<PublishedVersion | undefined> {
  return db
    .selectFrom('dataset_versions')
    .select(['number', 'version', 'hash', 'file_name', 'place_count', 'published_by', 'published_at', 'parts'])
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** A published file by name: a whole dataset (`dataset.<hash8>.json`, newest first) or a part or common file. */
export async function publishedFile(db: Kysely<Database>, fileName: string): Promise<{ hash: string; body: string } | undefined> {
  if (/^dataset\.[0-9a-f]{8}\.json$/.test(fileName)) {
    return db.selectFrom('dataset_versions').select(['hash', 'body']).where('file_name', '=', fileName).orderBy('number', 'desc').limit(1).executeTakeFirst()
  }
  return db.selectFrom('dataset_parts').select(['hash', 'body']).where('file_name', '=', fileName).executeTakeFirst()
}

/** Holds back other publishers until this transaction ends (version numbers are max + 1). */
export async function lockVersions(trx: Kysely<Database>): Promise<void> {
  await sql`lock table dataset_versions in exclusive mode`.execute(trx)
}

/**
 * Stores a dataset (already published by @common/dataset's publishDataset) as the next version;
 * from then on it is the one served. Must run inside a transaction (with the place changes it publishes).
 */
export async function publishVersion(db: Kysely<Database>, dataset: Dataset, publishedBy: string): Promise<number> {
  await lockVersions(db)
  const { latest } = await db
    .selectFrom('dataset_versions')
    .select((eb) => eb.fn.max('number').as('latest'))
    .executeTakeFirstOrThrow()
  const number = (latest ?? 0) + 1
  const whole: DatasetManifest = { version: dataset.version, hash: dataset.hash, file: datasetFileName(dataset.hash), placeCount: dataset.places.length }
  // The same split geo/build writes: a province part that did not change keeps its row (and name).
  const { manifest, files } = splitDataset(dataset, whole, sha256Hex)
  await db
    .insertInto('dataset_versions')
    .values({
      number,
      version: dataset.version,
      hash: dataset.hash,
      file_name: whole.file,
      place_count: dataset.places.length,
      body: canonicalJson(dataset),
      published_by: publishedBy,
      parts: JSON.stringify({ common: manifest.common, parts: manifest.parts }),
    })
    .execute()
  await db
    .insertInto('dataset_parts')
    .values(files.map((file) => ({ file_name: file.name, hash: file.hash, body: file.body, first_version: number })))
    .onConflict((conflict) => conflict.column('file_name').doNothing())
    .execute()
  return number
}

/** Replaces nothing: adds places that are not stored yet (the seed), keyed by id. */
export async function insertPlaces(db: Kysely<Database>, places: readonly SourcePlace[]): Promise<void> {
  if (places.length === 0) return
  await db
    .insertInto('places')
    .values(places.map((place) => ({ id: place.properties.id, kind: place.properties.kind, source: JSON.stringify(place), updated_at: place.properties.updatedAt })))
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute()
}
