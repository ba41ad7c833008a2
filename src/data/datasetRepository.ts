import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { Dataset, District, Hotline, Place } from '@common/place'
import { DATASET_META_KEY, type SafeSpaceDb } from './database'

/** The dataset as stored on the phone, with what is known about it. */
export interface StoredDataset {
  meta: DatasetMeta
  places: Place[]
  districts: District[]
  hotlines: Hotline[]
}

function withoutKey({ key: _key, ...meta }: DatasetMeta & { key: string }): DatasetMeta {
  return meta
}

/** Reads the stored dataset meta, or undefined when nothing has been stored yet. */
export async function readMeta(db: SafeSpaceDb): Promise<DatasetMeta | undefined> {
  const row = await db.meta.get(DATASET_META_KEY)
  return row && withoutKey(row)
}

/** Reads the whole stored dataset in one consistent snapshot, or null when nothing is stored. */
export async function loadStoredDataset(db: SafeSpaceDb): Promise<StoredDataset | null> {
  return db.transaction('r', [db.meta, db.places, db.districts, db.hotlines], async () => {
    const row = await db.meta.get(DATASET_META_KEY)
    if (!row) return null
    const [places, districts, hotlineRows] = await Promise.all([
      db.places.toArray(),
      db.districts.toArray(),
      db.hotlines.orderBy('position').toArray(),
    ])
    const hotlines = hotlineRows.map(({ position: _position, ...hotline }) => hotline as Hotline)
    return { meta: withoutKey(row), places, districts, hotlines }
  })
}

/**
 * Replaces places, districts, hotlines and meta in one transaction: either the whole new dataset
 * is stored or, if anything fails (a full disk included), the old one is left exactly as it was.
 */
export async function replaceDataset(db: SafeSpaceDb, dataset: Dataset, meta: DatasetMeta): Promise<void> {
  await db.transaction('rw', [db.meta, db.places, db.districts, db.hotlines], async () => {
    await Promise.all([db.places.clear(), db.districts.clear(), db.hotlines.clear()])
    await db.places.bulkAdd(dataset.places)
    await db.districts.bulkAdd(dataset.districts)
    await db.hotlines.bulkAdd(dataset.hotlines.map((hotline, position) => ({ ...hotline, position })))
    await db.meta.put({ ...meta, key: DATASET_META_KEY })
  })
}

/** Remembers that the server was asked for a newer dataset at `checkedAt` (ISO) and the stored one is current. */
export async function recordUpdateCheck(db: SafeSpaceDb, checkedAt: string): Promise<void> {
  await db.meta.update(DATASET_META_KEY, { checkedAt })
}
