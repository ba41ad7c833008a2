import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { DatasetCommon, DatasetPart } from '@common/datasetParts'
import type { Dataset, District, Hotline, Place } from '@common/place'
import { DATASET_META_KEY, type SafeSpaceDb } from './database'

/** The dataset as stored on the phone, with what is known about it. */
export interface StoredDataset {
  meta: DatasetMeta
  places: Place[]
  districts: District[]
  hotlines: Hotline[]
}

// A district code is its province's code followed by two digits.
const placesOfProvince = (db: SafeSpaceDb, province: number) => db.places.where('districtCode').between(province * 100, province * 100 + 99, true, true)

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
 * Reads the stored dataset with only the places of the province the stored split draws first (a
 * warm start's first screen, before every place is read). Null when nothing is stored, the meta
 * names no such province (stored before it was kept), or the province holds none or more than half
 * of the places (drawing it first would only add a second read).
 */
export async function loadStoredFirstProvince(db: SafeSpaceDb): Promise<StoredDataset | null> {
  return db.transaction('r', [db.meta, db.places, db.districts, db.hotlines], async () => {
    const row = await db.meta.get(DATASET_META_KEY)
    const province = row?.split?.first
    if (!row || province === undefined) return null
    const [places, districts, hotlineRows] = await Promise.all([
      placesOfProvince(db, province).toArray(),
      db.districts.toArray(),
      db.hotlines.orderBy('position').toArray(),
    ])
    if (places.length === 0 || places.length * 2 > row.placeCount) return null
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

/** Some provinces' parts downloaded (their places replace the stored ones), the common file if it changed, provinces no longer listed. */
export interface PartsChange {
  common?: DatasetCommon
  parts: DatasetPart[]
  drop: number[]
}

/**
 * Replaces the places of the changed (and dropped) provinces, the districts and hotlines if the
 * common file changed, and meta, in one transaction: all of it is stored, or nothing changes.
 */
export async function replaceParts(db: SafeSpaceDb, change: PartsChange, meta: DatasetMeta): Promise<void> {
  await db.transaction('rw', [db.meta, db.places, db.districts, db.hotlines], async () => {
    for (const province of [...change.drop, ...change.parts.map((part) => part.province)]) {
      await placesOfProvince(db, province).delete()
    }
    for (const part of change.parts) await db.places.bulkPut(part.places)
    if (change.common) {
      await Promise.all([db.districts.clear(), db.hotlines.clear()])
      await db.districts.bulkAdd(change.common.districts)
      await db.hotlines.bulkAdd(change.common.hotlines.map((hotline, position) => ({ ...hotline, position })))
    }
    await db.meta.put({ ...meta, key: DATASET_META_KEY })
  })
}

/** Remembers that the server was asked for a newer dataset at `checkedAt` (ISO) and the stored one is current. */
export async function recordUpdateCheck(db: SafeSpaceDb, checkedAt: string): Promise<void> {
  await db.meta.update(DATASET_META_KEY, { checkedAt })
}
