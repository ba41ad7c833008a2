import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadStoredDataset, replaceDataset } from '@/data/datasetRepository'
import type { PersistentStorageApi } from '@/data/storagePersistence'
import { fakeFetch, freshDatabase, servedDataset, useFreshDatabase, type FakeRoute } from '@/data/testFixtures'
import { metaForDataset } from '@/domain/datasetUpdate'
import { makeDataset, manifestFor, withBuildHash } from '@/domain/datasetUpdate.fixtures'
import { simulateOffline } from '@/pwa/onlineStatus'
import { DATASET_MESSAGES } from '@/domain/datasetUpdateStatus'
import { MAX_DATASET_BYTES } from '@common/datasetShape'
import type { Dataset } from '@common/place'
import { usePlacesStore, type PlacesStoreOptions } from './places'

const now = new Date('2026-11-24T08:00:00Z')
const older = makeDataset('2026.11.01', ['police-a', 'police-b'])
const newer = makeDataset('2026.11.24', ['police-a', 'police-b', 'police-c'])

const database = useFreshDatabase()
beforeEach(() => {
  setActivePinia(createPinia())
})

async function storeOnPhone(dataset: Dataset): Promise<void> {
  await replaceDataset(database(), dataset, metaForDataset(dataset, new Date('2026-11-01T10:00:00Z')))
}

function startWith(routes: Record<string, FakeRoute>, options: PlacesStoreOptions = {}) {
  const network = fakeFetch(routes)
  const store = usePlacesStore()
  const started = store.start({ db: database(), fetch: network.fetch, baseUrl: '/', storage: null, now: () => now, ...options })
  return { store, started, requested: network.requested }
}

function placeIds(store: ReturnType<typeof usePlacesStore>): string[] {
  return store.places.map((place) => place.id)
}

async function storedVersion(): Promise<string | undefined> {
  return (await loadStoredDataset(database()))?.meta.version
}

describe('usePlacesStore: first run', () => {
  it('downloads the shipped dataset into an empty store and shows it', async () => {
    const { store, started } = startWith(servedDataset(newer))
    expect(store.status.phase).toBe('loading')
    await started

    expect(placeIds(store)).toEqual(['police-a', 'police-b', 'police-c'])
    expect(store.districts).toEqual(newer.districts)
    expect(store.hotlines).toEqual(newer.hotlines)
    expect(store.attribution).toEqual(newer.attribution)
    expect(store.status).toEqual({
      phase: 'ready',
      version: newer.version,
      placeCount: 3,
      dataDate: '2026-11-24',
      checkedAt: now.toISOString(),
      persisted: undefined,
    })
    expect(await storedVersion()).toBe(newer.version)
  })

  it('draws a first download as soon as it is checked, while it is still being stored', async () => {
    let finishStoring: () => void = () => undefined
    const storing = new Promise<void>((resolve) => (finishStoring = resolve))
    const { store, started } = startWith(servedDataset(newer), {
      storeDataset: async (db, dataset, meta) => {
        await storing
        await replaceDataset(db, dataset, meta)
      },
    })
    await vi.waitFor(() => expect(placeIds(store)).toEqual(['police-a', 'police-b', 'police-c']))
    expect(await storedVersion()).toBeUndefined()

    finishStoring()
    await started
    expect(store.status).toMatchObject({ phase: 'ready', version: newer.version })
    expect(store.status.message).toBeUndefined()
    expect(await storedVersion()).toBe(newer.version)
  })

  it('offline with nothing stored: an error that says to connect once', async () => {
    const { store, started } = startWith({ '/data/manifest.json': 'offline' })
    await started
    expect(store.places).toEqual([])
    expect(store.status).toMatchObject({ phase: 'error', placeCount: 0, message: DATASET_MESSAGES.offlineNoData })
    expect(store.status.message?.th).toContain('เชื่อมต่ออินเทอร์เน็ตหนึ่งครั้ง')
    expect(store.status.message?.en).toMatch(/connect to the internet once/i)
  })

  it('a server error with nothing stored: an error with what to do', async () => {
    const { store, started } = startWith({ '/data/manifest.json': { status: 500, body: '' } })
    await started
    expect(store.status).toMatchObject({ phase: 'error', message: DATASET_MESSAGES.downloadFailedNoData })
  })
})

describe('usePlacesStore: with data stored', () => {
  beforeEach(async () => {
    await storeOnPhone(older)
  })

  it('shows the stored places before the network answers', async () => {
    let answerManifest: (response: Response) => void = () => undefined
    let manifestAsked: () => void = () => undefined
    const asked = new Promise<void>((resolve) => (manifestAsked = resolve))
    const slowNetwork = (() => {
      manifestAsked()
      return new Promise<Response>((resolve) => (answerManifest = resolve))
    }) as typeof fetch
    const store = usePlacesStore()
    const started = store.start({ db: database(), fetch: slowNetwork, baseUrl: '/', storage: null })

    await asked
    expect(placeIds(store)).toEqual(['police-a', 'police-b'])
    expect(store.status).toMatchObject({ phase: 'updating', version: older.version, placeCount: 2 })

    answerManifest(new Response(JSON.stringify(manifestFor(older))))
    await started
    expect(store.status.phase).toBe('ready')
  })

  it('downloads and stores a new version', async () => {
    const { store, started } = startWith(servedDataset(newer))
    await started
    expect(placeIds(store)).toEqual(['police-a', 'police-b', 'police-c'])
    expect(store.status).toMatchObject({ phase: 'ready', version: newer.version, checkedAt: now.toISOString() })
    expect(store.status.message).toBeUndefined()
    expect(await storedVersion()).toBe(newer.version)
  })

  it('does not download the dataset again when the version is the same', async () => {
    const { store, started, requested } = startWith(servedDataset(older))
    await started
    expect(requested).toEqual(['/data/manifest.json'])
    expect(store.status).toMatchObject({ phase: 'ready', version: older.version })
  })

  it('shows the dataset’s own date (not the download’s) and when it last checked for a newer one, remembered offline', async () => {
    const online = startWith(servedDataset(older))
    await online.started
    // Downloaded on 1 Nov, its places last updated on 24 Nov, checked again now.
    expect(online.store.status).toMatchObject({ dataDate: '2026-11-24', checkedAt: now.toISOString() })

    setActivePinia(createPinia())
    const offline = startWith({ '/data/manifest.json': 'offline' }, { now: () => new Date('2026-11-30T08:00:00Z') })
    await offline.started
    expect(offline.store.status).toMatchObject({ dataDate: '2026-11-24', checkedAt: now.toISOString() })
  })

  it('offline: ready, showing the saved data, and says so', async () => {
    const { store, started } = startWith({ '/data/manifest.json': 'offline' })
    await started
    expect(placeIds(store)).toEqual(['police-a', 'police-b'])
    expect(store.status).toMatchObject({ phase: 'ready', version: older.version, message: DATASET_MESSAGES.offlineShowingSaved })
  })

  const newerText = JSON.stringify(newer)
  const newerFile = `/data/${manifestFor(newer).file}`
  it.each<[string, FakeRoute]>([
    ['bad JSON', { status: 200, body: '{"version": oops' }],
    ['a truncated file', { status: 200, body: newerText.slice(0, newerText.length - 40) }],
    ['the wrong hash', { status: 200, body: JSON.stringify({ ...newer, hash: 'tampered' }) }],
    ['fewer places than announced', { status: 200, body: JSON.stringify({ ...newer, places: newer.places.slice(1) }) }],
    ['content that does not match its hash', { status: 200, body: JSON.stringify({ ...newer, districts: newer.districts.slice(1) }) }],
    ['HTTP 500', { status: 500, body: 'Internal Server Error' }],
    ['the connection dropping', 'offline'],
  ])('keeps the old data intact after %s', async (_case, datasetRoute) => {
    const { store, started } = startWith({ ...servedDataset(newer), [newerFile]: datasetRoute })
    await started

    expect(placeIds(store)).toEqual(['police-a', 'police-b'])
    expect(store.status.phase).toBe('ready')
    expect(store.status.version).toBe(older.version)
    expect(store.status.message).toBeDefined()
    const stored = await loadStoredDataset(database())
    expect(stored?.meta.version).toBe(older.version)
    expect(stored?.places).toEqual(older.places)
    expect(stored?.hotlines).toEqual(older.hotlines)
  })

  it('refuses a dataset over the size limit, keeps the old data, and says why', async () => {
    const { store, started } = startWith({ ...servedDataset(newer), [newerFile]: { status: 200, body: ' '.repeat(MAX_DATASET_BYTES) + newerText } })
    await started

    expect(placeIds(store)).toEqual(['police-a', 'police-b'])
    expect(store.status).toMatchObject({ phase: 'ready', version: older.version, message: DATASET_MESSAGES.tooLargeKeptSaved })
    expect(await storedVersion()).toBe(older.version)
  })

  it('keeps the old data when the disk is full, and says so', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const { store, started } = startWith(servedDataset(newer))
    await started
    vi.restoreAllMocks()

    expect(placeIds(store)).toEqual(['police-a', 'police-b'])
    expect(store.status).toMatchObject({ phase: 'ready', version: older.version, message: DATASET_MESSAGES.storageFullKeptSaved })
    expect(await storedVersion()).toBe(older.version)
    expect((await loadStoredDataset(database()))?.places).toEqual(older.places)
  })
})

describe('usePlacesStore: storage that cannot keep the data', () => {
  it('shows a download it could not store, says so, and stores it on a later refresh', async () => {
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const { store, started, requested } = startWith(servedDataset(newer))
    await started
    expect(placeIds(store)).toEqual(['police-a', 'police-b', 'police-c'])
    expect(store.status).toMatchObject({ phase: 'ready', message: DATASET_MESSAGES.storageFullNotSaved })
    expect(await storedVersion()).toBeUndefined()

    add.mockRestore()
    await store.refresh()
    expect(requested.filter((url) => url === `/data/${manifestFor(newer).file}`)).toHaveLength(2)
    expect(store.status.message).toBeUndefined()
    expect(await storedVersion()).toBe(newer.version)
  })

  it('still shows the map when IndexedDB cannot be opened at all', async () => {
    const broken = freshDatabase()
    vi.spyOn(broken, 'transaction').mockRejectedValue(new DOMException('no IndexedDB here', 'InvalidStateError'))
    const { store, started } = startWith(servedDataset(newer), { db: broken })
    await started
    expect(placeIds(store)).toEqual(['police-a', 'police-b', 'police-c'])
    expect(store.status).toMatchObject({ phase: 'ready', message: DATASET_MESSAGES.storageFailedNotSaved })
  })
})

describe('usePlacesStore: persistent storage', () => {
  function storageThatGrants(granted: boolean): PersistentStorageApi {
    let kept = false
    return {
      persisted: async () => kept,
      persist: async () => {
        kept = granted
        return granted
      },
    }
  }

  it('exposes a granted request', async () => {
    const { store, started } = startWith(servedDataset(newer), { storage: storageThatGrants(true) })
    await started
    expect(store.status.persisted).toBe(true)
    expect(store.status.message).toBeUndefined()
  })

  it('after a refusal says calmly that the browser may clear the data, once', async () => {
    const storage = storageThatGrants(false)
    const first = startWith(servedDataset(newer), { storage })
    await first.started
    expect(first.store.status).toMatchObject({ phase: 'ready', persisted: false, message: DATASET_MESSAGES.persistenceRefused })
    expect(placeIds(first.store)).toHaveLength(3)

    setActivePinia(createPinia())
    const persist = vi.spyOn(storage, 'persist')
    const second = startWith(servedDataset(newer), { storage })
    await second.started
    expect(persist).not.toHaveBeenCalled()
    expect(second.store.status.persisted).toBe(false)
    expect(second.store.status.message).toBeUndefined()
  })

  it('does not ask before there is data to keep', async () => {
    const storage = storageThatGrants(true)
    const persist = vi.spyOn(storage, 'persist')
    const { started } = startWith({ '/data/manifest.json': 'offline' }, { storage })
    await started
    expect(persist).not.toHaveBeenCalled()
  })
})

describe('usePlacesStore: actions and state', () => {
  it('starts once and shares concurrent refreshes', async () => {
    const { store, started, requested } = startWith(servedDataset(newer))
    await Promise.all([started, store.start()])
    expect(requested).toEqual(['/data/manifest.json', `/data/${manifestFor(newer).file}`])
    requested.length = 0
    await Promise.all([store.refresh(), store.refresh()])
    expect(requested).toEqual(['/data/manifest.json'])
  })

  it('resets the filters to show everything', () => {
    const store = usePlacesStore()
    store.filters.kinds = ['police_station']
    store.filters.open24h = true
    store.filters.need = 'hurt'
    store.filters.query = 'ดุสิต'
    store.filters.districtCode = 1002
    store.resetFilters()
    expect(store.filters).toEqual({ kinds: [], open24h: false, need: 'any', query: '', districtCode: null })
  })

  it('keeps only plain data in state', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const { started } = startWith(servedDataset(newer))
    await started
    // A database handle or a fetch function in state would break this round trip.
    expect(JSON.parse(JSON.stringify(pinia.state.value.places))).toEqual({
      places: newer.places,
      districts: newer.districts,
      hotlines: newer.hotlines,
      attribution: newer.attribution,
      status: { phase: 'ready', version: newer.version, placeCount: 3, dataDate: '2026-11-24', checkedAt: now.toISOString() },
      filters: { kinds: [], open24h: false, need: 'any', query: '', districtCode: null },
      demo: false,
    })
  })
})

describe('usePlacesStore: a workshop\'s practice data', () => {
  const demo = withBuildHash({ ...makeDataset('2026.12.01-demo', ['demo-a']), demo: true })

  it('says a demo dataset is demo, keeps saying so from the stored copy, and stops on real data', async () => {
    const first = startWith(servedDataset(demo))
    await first.started
    expect(first.store.demo).toBe(true)

    setActivePinia(createPinia())
    const again = startWith(servedDataset(demo))
    expect(again.store.demo).toBe(false)
    await again.started
    expect(again.store.demo).toBe(true)

    setActivePinia(createPinia())
    const real = startWith(servedDataset(newer))
    await real.started
    expect(real.store.demo).toBe(false)
  })

  it('asks the network nothing while a workshop simulates offline, and again once it stops', async () => {
    const { store, started, requested } = startWith(servedDataset(demo))
    await started
    requested.length = 0
    simulateOffline(true)
    await store.refresh()
    expect(requested).toEqual([])
    simulateOffline(false)
    await store.refresh()
    expect(requested).toEqual(['/data/manifest.json'])
  })
})
