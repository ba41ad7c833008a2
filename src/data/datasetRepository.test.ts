import { describe, expect, it, vi } from 'vitest'
import { metaForDataset } from '@/domain/datasetUpdate'
import { makeDataset, makePlace } from '@/domain/datasetUpdate.fixtures'
import { loadStoredDataset, loadStoredFirstProvince, readMeta, replaceDataset } from './datasetRepository'
import { isQuotaError } from './storageErrors'
import { useFreshDatabase } from './testFixtures'

const fetchedAt = new Date('2026-11-24T08:00:00Z')
const first = makeDataset('2026.11.01', ['police-a', 'police-b'])
const second = makeDataset('2026.11.24', ['police-c'])

const database = useFreshDatabase()

describe('dataset repository', () => {
  it('has nothing stored at first', async () => {
    expect(await loadStoredDataset(database())).toBeNull()
    expect(await loadStoredFirstProvince(database())).toBeNull()
    expect(await readMeta(database())).toBeUndefined()
  })

  it('stores a dataset and reads it back, hotlines in the dataset order', async () => {
    await replaceDataset(database(), first, metaForDataset(first, fetchedAt))
    const stored = await loadStoredDataset(database())
    expect(stored).toEqual({
      meta: metaForDataset(first, fetchedAt),
      places: first.places,
      districts: first.districts,
      hotlines: first.hotlines,
    })
    expect(await readMeta(database())).toEqual(metaForDataset(first, fetchedAt))
  })

  it('replaces every record of the old dataset', async () => {
    await replaceDataset(database(), first, metaForDataset(first, fetchedAt))
    await replaceDataset(database(), second, metaForDataset(second, fetchedAt))
    const stored = await loadStoredDataset(database())
    expect(stored?.places.map((p) => p.id)).toEqual(['police-c'])
    expect(stored?.meta.version).toBe('2026.11.24')
  })

  it('leaves the old dataset exactly as it was when the disk is full mid-write', async () => {
    await replaceDataset(database(), first, metaForDataset(first, fetchedAt))
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota)

    const failure = await replaceDataset(database(), second, metaForDataset(second, fetchedAt)).catch((error: unknown) => error)
    vi.restoreAllMocks()

    expect(isQuotaError(failure)).toBe(true)
    expect(await loadStoredDataset(database())).toEqual({
      meta: metaForDataset(first, fetchedAt),
      places: first.places,
      districts: first.districts,
      hotlines: first.hotlines,
    })
  })

  it('reads the province a warm start draws first on its own, and nothing when the meta names none', async () => {
    const split = { common: 'c', parts: [], first: 10 }
    const elsewhere = ['a', 'b', 'c'].map((id) => makePlace(`samut-prakan-${id}`, { districtCode: 1101 }))
    const places = [makePlace('bangkok-a', { districtCode: 1002 }), ...elsewhere, makePlace('bangkok-b', { districtCode: 1099 })]
    const dataset = { ...first, places }
    await replaceDataset(database(), dataset, { ...metaForDataset(dataset, fetchedAt), split })
    const start = await loadStoredFirstProvince(database())
    expect(start?.places.map((place) => place.id).sort()).toEqual(['bangkok-a', 'bangkok-b'])
    expect(start).toMatchObject({ meta: { version: first.version, split }, districts: first.districts, hotlines: first.hotlines })

    const mostlyBangkok = { ...first, places: [...places, ...['c', 'd'].map((id) => makePlace(`bangkok-${id}`, { districtCode: 1003 }))] }
    await replaceDataset(database(), mostlyBangkok, { ...metaForDataset(mostlyBangkok, fetchedAt), split })
    expect(await loadStoredFirstProvince(database()), 'four of seven places: read once, whole').toBeNull()

    await replaceDataset(database(), dataset, { ...metaForDataset(dataset, fetchedAt), split: { ...split, first: 12 } })
    expect(await loadStoredFirstProvince(database())).toBeNull()
    await replaceDataset(database(), dataset, metaForDataset(dataset, fetchedAt))
    expect(await loadStoredFirstProvince(database())).toBeNull()
  })
})
