import { describe, expect, it } from 'vitest'
import { metaForDataset } from '@/domain/datasetUpdate'
import { makeDataset } from '@/domain/datasetUpdate.fixtures'
import { loadStoredDataset } from './datasetRepository'
import { storeDatasetOffMainThread } from './datasetWorkerClient'
import { useFreshDatabase } from './testFixtures'

const database = useFreshDatabase()

describe('storeDatasetOffMainThread', () => {
  it('stores the whole dataset on this thread where there is no Worker', async () => {
    expect(typeof Worker).toBe('undefined')
    const dataset = makeDataset('2026.11.24', ['police-a', 'police-b'])
    await storeDatasetOffMainThread(database(), dataset, metaForDataset(dataset, new Date('2026-11-24T08:00:00Z')))
    const stored = await loadStoredDataset(database())
    expect(stored?.meta.version).toBe(dataset.version)
    expect(stored?.places.map((place) => place.id)).toEqual(['police-a', 'police-b'])
  })
})
