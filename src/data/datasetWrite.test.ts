import { describe, expect, it } from 'vitest'
import { metaForDataset, type DatasetMeta } from '@/domain/datasetUpdate'
import { makeDataset, makePlace, makeSplitDataset } from '@/domain/datasetUpdate.fixtures'
import { loadStoredDataset, replaceParts, type PartsChange } from './datasetRepository'
import type { SafeSpaceDb } from './database'
import { writeDataset, writeParts } from './datasetWrite'
import { useFreshDatabase } from './testFixtures'

const database = useFreshDatabase()
const AT = new Date('2026-11-24T08:00:00Z')

describe('writeDataset (the dataset Worker’s write, without Dexie)', () => {
  it('writes what the app reads back through Dexie, replacing the dataset before it', async () => {
    await database().open()
    const first = makeDataset('2026.11.24', ['police-a', 'police-b', 'police-c'])
    await writeDataset(database().name, first, metaForDataset(first, AT))
    const second = makeDataset('2026.11.25', ['police-b'])
    await writeDataset(database().name, second, metaForDataset(second, AT))

    const stored = await loadStoredDataset(database())
    expect(stored?.meta.version).toBe('2026.11.25')
    expect(stored?.places.map((place) => place.id)).toEqual(['police-b'])
    expect(stored?.hotlines).toEqual(second.hotlines)
    expect(stored?.districts).toEqual(second.districts)
  })

  it('keeps the stored dataset whole when a write fails', async () => {
    await database().open()
    const good = makeDataset('2026.11.24', ['police-a'])
    await writeDataset(database().name, good, metaForDataset(good, AT))
    const broken = makeDataset('2026.11.25', ['police-x', 'police-x'])
    await expect(writeDataset(database().name, broken, metaForDataset(broken, AT))).rejects.toThrow()

    const stored = await loadStoredDataset(database())
    expect(stored?.meta.version).toBe('2026.11.24')
    expect(stored?.places.map((place) => place.id)).toEqual(['police-a'])
  })

  it('makes no database where there is none (deleted by quick exit meanwhile)', async () => {
    const dataset = makeDataset('2026.11.24', ['police-a'])
    await expect(writeDataset('never-opened-database', dataset, metaForDataset(dataset, AT))).rejects.toThrow()
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain('never-opened-database')
  })
})

describe.each([
  ['writeParts (the Worker’s, without Dexie)', (db: SafeSpaceDb, change: PartsChange, meta: DatasetMeta) => writeParts(db.name, change, meta)],
  ['replaceParts (Dexie, on the page)', replaceParts],
])('%s', (_name, write) => {
  const bangkok = (id: string, name = id) => makePlace(id, { districtCode: 1002, name: { th: name } })
  const samutPrakan = (id: string) => makePlace(id, { districtCode: 1101, location: { lat: 13.6, lng: 100.6 } })

  it('replaces only the changed province’s places, keeps the others, and drops a province no longer listed', async () => {
    await database().open()
    const first = makeDataset('2026.11.24', [])
    await writeDataset(database().name, { ...first, places: [bangkok('a'), bangkok('b'), samutPrakan('c'), makePlace('d', { districtCode: 1201 })] }, metaForDataset(first, AT))
    const next = makeSplitDataset('2026.11.25', [bangkok('a', 'ใหม่'), samutPrakan('c')])
    await write(database(), { parts: [next.part(10)], drop: [12] }, { ...metaForDataset(next.dataset, AT), placeCount: 2 })

    const stored = await loadStoredDataset(database())
    expect(stored?.places.map((place) => [place.id, place.name.th]).sort()).toEqual([['a', 'ใหม่'], ['c', samutPrakan('c').name.th]])
    expect(stored?.meta.version).toBe('2026.11.25')
  })

  it('replaces districts and hotlines with a changed common file, and keeps everything when the write fails', async () => {
    await database().open()
    const first = makeSplitDataset('2026.11.24', [bangkok('a')])
    await write(database(), { common: first.common(), parts: [first.part(10)], drop: [] }, metaForDataset(first.dataset, AT))
    expect((await loadStoredDataset(database()))?.hotlines).toEqual(first.dataset.hotlines)
    // Two districts with one code: the write fails half-way.
    const district = first.dataset.districts[0]!
    const change: PartsChange = { common: { ...first.common(), districts: [district, district] }, parts: [{ ...first.part(10), places: [bangkok('x')] }], drop: [] }
    await expect(write(database(), change, { ...metaForDataset(first.dataset, AT), version: 'broken' })).rejects.toThrow()
    const stored = await loadStoredDataset(database())
    expect(stored?.meta.version).toBe('2026.11.24')
    expect(stored?.places.map((place) => place.id)).toEqual(['a'])
    expect(stored?.districts).toEqual(first.dataset.districts)
  })
})
