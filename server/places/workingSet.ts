import { canonicalJson } from '@common/canonicalJson'
import { datasetContent, publishDataset } from '@common/dataset'
import type { Dataset } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import type { WorkingPlaceView } from '@common/volunteer/api'
import type { Kysely } from 'kysely'
import { sha256Hex } from '../../geo/build/hash'
import { currentVersion, lockVersions, publishVersion } from '../db/datasets'
import type { Database } from '../db/schema'
import { asDemoContent } from '../workshop/demoDataset'

interface WorkingRow {
  source: SourcePlace
  updated_at: Date
}

/** A working place as staff load it. A hidden place never carries a position, whatever is stored. */
export function workingPlaceView(row: WorkingRow): WorkingPlaceView {
  const { source } = row
  const point = source.properties.visibility === 'hidden' ? null : source.point
  return { place: { properties: source.properties, point }, updatedAt: row.updated_at.toISOString(), checks: source.properties.checks ?? {} }
}

/** Every place of the working set, by id. */
export async function readWorkingSet(db: Kysely<Database>): Promise<WorkingRow[]> {
  return db.selectFrom('places').select(['source', 'updated_at']).orderBy('id').execute()
}

/** One working place, locked for this transaction's change when `forUpdate`. */
export async function findWorkingPlace(db: Kysely<Database>, id: string, forUpdate = false): Promise<WorkingRow | undefined> {
  let query = db.selectFrom('places').select(['source', 'updated_at']).where('id', '=', id)
  if (forUpdate) query = query.forUpdate()
  return query.executeTakeFirst()
}

/** Writes a place into the working set (added or changed), noting when. */
export async function saveWorkingPlace(db: Kysely<Database>, place: SourcePlace, now: Date): Promise<void> {
  const row = { id: place.properties.id, kind: place.properties.kind, source: JSON.stringify(place), updated_at: now }
  await db
    .insertInto('places')
    .values(row)
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ kind: row.kind, source: row.source, updated_at: now }))
    .execute()
}

/** Removes a place from the working set. */
export async function deleteWorkingPlace(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('places').where('id', '=', id).execute()
}

/**
 * Publishes the working set as the next dataset version, with the same publishing rules as
 * `npm run geo:build` (@common/dataset: hidden places lose their position, approximate ones are
 * coarsened); districts, hotlines, attribution and a demo mark stay as in the current version. Run it inside the
 * transaction that changed the places. Returns the new version's number (the current one's when the
 * content is unchanged).
 */
export async function publishWorkingSet(trx: Kysely<Database>, publishedBy: string): Promise<number> {
  await lockVersions(trx)
  const current = await currentVersion(trx)
  if (!current) throw new Error('nothing was ever published: the seed publishes version 1 at the first start')
  const { body } = await trx.selectFrom('dataset_versions').select('body').where('number', '=', current.number).executeTakeFirstOrThrow()
  const previous = JSON.parse(body) as Dataset
  const places = (await readWorkingSet(trx)).map((row) => row.source)
  const rebuilt = datasetContent(places, previous.districts, previous.hotlines, previous.attribution)
  // A workshop's practice dataset stays marked as such through every approval.
  const content = previous.demo ? asDemoContent(rebuilt) : rebuilt
  const { dataset } = publishDataset(content, sha256Hex(canonicalJson(content)))
  // Nothing residents see changed (say, a second check on the same day): the served version stays.
  if (dataset.hash === current.hash) return current.number
  return publishVersion(trx, dataset, publishedBy)
}
