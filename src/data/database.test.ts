import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { makeDataset } from '@/domain/datasetUpdate.fixtures'
import { loadStoredDataset } from './datasetRepository'
import { DATASET_META_KEY, SafeSpaceDb, SCHEMA_V1, type DatasetMetaRowV1 } from './database'
import { readSettings } from './settingsRepository'
import { freshDatabase } from './testFixtures'

const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/** A phone that last ran the app when the schema was version 1, with a dataset and a setting stored. */
async function phoneWithVersion1Data(name: string) {
  const dataset = makeDataset('2026.11.01', ['police-a', 'police-b'])
  const v1 = new Dexie(name)
  v1.version(1).stores(SCHEMA_V1)
  const row: DatasetMetaRowV1 = {
    key: DATASET_META_KEY,
    version: dataset.version,
    hash: dataset.hash,
    fetchedAt: '2026-11-01T10:00:00.000Z',
    placeCount: 2,
    attribution: dataset.attribution,
    districts: dataset.districts,
    hotlines: dataset.hotlines,
  }
  await v1.table('places').bulkAdd(dataset.places)
  await v1.table('meta').put(row)
  await v1.table('settings').put({ key: 'locale', value: 'en' })
  v1.close()
  return dataset
}

describe('SafeSpaceDb schema', () => {
  it('upgrades a version 1 database without losing anything', async () => {
    const name = freshDatabase().name
    const dataset = await phoneWithVersion1Data(name)

    const db = new SafeSpaceDb(name)
    opened.push(db)
    const stored = await loadStoredDataset(db)

    expect(db.verno).toBe(3)
    expect(stored?.places).toEqual(dataset.places)
    expect(stored?.districts).toEqual(dataset.districts)
    expect(stored?.hotlines).toEqual(dataset.hotlines)
    expect(stored?.meta).toEqual({
      version: dataset.version,
      hash: dataset.hash,
      fetchedAt: '2026-11-01T10:00:00.000Z',
      placeCount: 2,
      attribution: dataset.attribution,
    })
    expect(await readSettings(db)).toEqual({ locale: 'en' })
    // The meta row no longer carries the lists that moved to their own tables.
    expect(Object.keys((await db.meta.get(DATASET_META_KEY)) ?? {})).not.toContain('districts')
  })

  it('upgrades an empty version 1 database', async () => {
    const name = freshDatabase().name
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_V1)
    await v1.open()
    v1.close()

    const db = new SafeSpaceDb(name)
    opened.push(db)
    expect(await loadStoredDataset(db)).toBeNull()
    expect(await db.districts.count()).toBe(0)
  })

  it('indexes places by kind and district', async () => {
    const db = freshDatabase()
    opened.push(db)
    await db.places.bulkAdd(makeDataset('v', ['a', 'b']).places)
    expect(await db.places.where('kind').equals('police_station').count()).toBe(2)
    expect(await db.places.where('districtCode').equals(1101).count()).toBe(0)
  })
})
