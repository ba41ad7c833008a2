import { describe, expect, it } from 'vitest'
import { metaForDataset } from '@/domain/datasetUpdate'
import { makeDataset } from '@/domain/datasetUpdate.fixtures'
import { loadStoredDataset } from './datasetRepository'
import { writeDataset } from './datasetWrite'
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
