import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { appDatabase, type SafeSpaceDb } from '@/data/database'
import { loadStoredDataset, recordUpdateCheck, replaceDataset, type StoredDataset } from '@/data/datasetRepository'
import { storeDatasetOffMainThread } from '@/data/datasetWorkerClient'
import { fetchDataset, fetchManifest, type Fetch } from '@/data/datasetSource'
import { isQuotaError } from '@/data/storageErrors'
import { browserStorage, ensurePersistentStorage, type PersistentStorageApi } from '@/data/storagePersistence'
import { manifestUrlFor, metaForDataset, shouldUpdate, type DatasetMeta } from '@/domain/datasetUpdate'
import { datasetDate } from '@/domain/datasetSummary'
import { DATASET_MESSAGES, statusAfterProblem, type DatasetProblem, type ShownData } from '@/domain/datasetUpdateStatus'
import type { Dataset, District, Hotline, LocalizedText, Place } from '@common/place'
import type { PlaceFilters } from '@/domain/ranking'
import { isSimulatedOffline } from '@/pwa/onlineStatus'

export type DatasetPhase = 'empty' | 'loading' | 'ready' | 'updating' | 'error'

/** What the UI shows about the data: where loading is, which version is shown, and any notice. */
export interface DatasetStatus {
  phase: DatasetPhase
  version?: string
  placeCount: number
  /** The shown dataset's own date (ISO): when its places were last updated, not when it was downloaded. */
  dataDate?: string
  /** ISO time the app last heard from the server whether a newer dataset exists. */
  checkedAt?: string
  message?: LocalizedText
  /** Whether the browser promised to keep the stored data; undefined until known or if it cannot say. */
  persisted?: boolean
}

/** Filters that show everything. */
export function defaultFilters(): PlaceFilters {
  return { kinds: [], open24h: false, need: 'any', query: '', districtCode: null }
}

/** Collaborators of the store; tests inject fakes, the app uses the defaults. */
export interface PlacesStoreOptions {
  db?: SafeSpaceDb
  fetch?: Fetch
  /** The app's base path; the manifest is `<baseUrl>data/manifest.json`. */
  baseUrl?: string
  /** `navigator.storage`, or null where the browser has none. */
  storage?: PersistentStorageApi | null
  now?: () => Date
  /** Stores a checked dataset in one transaction (replaceDataset, in a worker where the browser has one). */
  storeDataset?: (db: SafeSpaceDb, dataset: Dataset, meta: DatasetMeta) => Promise<void>
}

/**
 * The places, districts and hotlines the UI renders, the status of the offline data, and the
 * map/list filters. Renders from IndexedDB first, then checks the network for a newer dataset.
 */
export const usePlacesStore = defineStore('places', () => {
  // Replaced wholesale, never mutated: shallow refs keep thousands of records out of deep reactivity.
  const places = shallowRef<Place[]>([])
  const districts = shallowRef<District[]>([])
  const hotlines = shallowRef<Hotline[]>([])
  const attribution = shallowRef<string[]>([])
  const status = ref<DatasetStatus>({ phase: 'empty', placeCount: 0 })
  const filters = ref<PlaceFilters>(defaultFilters())
  /** The shown dataset is a workshop's fictional practice data: every place is marked ตัวอย่าง / DEMO. */
  const demo = ref(false)

  // Collaborators and bookkeeping stay in this closure, never in state.
  let deps: Required<PlacesStoreOptions> | undefined
  let shown: ShownData = 'none'
  let shownMeta: DatasetMeta | undefined
  let starting: Promise<void> | undefined
  let refreshing: Promise<void> | undefined

  function show(data: StoredDataset, kind: ShownData): void {
    places.value = data.places
    districts.value = data.districts
    hotlines.value = data.hotlines
    attribution.value = data.meta.attribution
    shown = kind
    shownMeta = data.meta
    demo.value = data.meta.demo === true
    status.value = {
      phase: 'ready',
      version: data.meta.version,
      placeCount: data.places.length,
      dataDate: datasetDate(data.places) ?? undefined,
      checkedAt: data.meta.checkedAt ?? data.meta.fetchedAt,
      persisted: status.value.persisted,
    }
  }

  function setPhase(phase: DatasetPhase, message?: LocalizedText): void {
    const next: DatasetStatus = { ...status.value, phase, message }
    if (!message) delete next.message
    status.value = next
  }

  function settleProblem(problem: DatasetProblem): void {
    const { phase, message } = statusAfterProblem(problem, shown)
    setPhase(phase, message)
  }

  async function checkForUpdate({ db, fetch, baseUrl, now, storeDataset }: Required<PlacesStoreOptions>): Promise<void> {
    setPhase(shown === 'none' ? 'loading' : 'updating')
    const manifestUrl = manifestUrlFor(baseUrl)
    const manifest = await fetchManifest(fetch, manifestUrl)
    if (!manifest.ok) return settleProblem(manifest.problem)
    // Data that could not be stored is fetched again, so a later refresh can store it.
    if (!shouldUpdate(shown === 'saved' ? shownMeta : undefined, manifest.value)) return recordCheck(db, now())
    const dataset = await fetchDataset(fetch, manifestUrl, manifest.value)
    if (!dataset.ok) return settleProblem(dataset.problem)

    const downloaded = { ...dataset.value, meta: metaForDataset(dataset.value, now()) }
    const savedOnScreen = shown === 'saved'
    // Nothing on screen yet (a first visit): the checked download is drawn while it is being stored.
    if (!savedOnScreen) show(downloaded, 'unsaved_storage_failed')
    try {
      await storeDataset(db, dataset.value, downloaded.meta)
    } catch (error) {
      const full = isQuotaError(error)
      // Stored data stays on screen; with nothing stored, the download is still worth showing.
      if (!savedOnScreen) show(downloaded, full ? 'unsaved_storage_full' : 'unsaved_storage_failed')
      return settleProblem(full ? 'storage_full' : 'storage_failed')
    }
    // What was stored is exactly the download: no need to read it all back.
    show(downloaded, 'saved')
  }

  // The stored dataset is the newest: remember when that was last confirmed (shown offline too).
  async function recordCheck(db: SafeSpaceDb, at: Date): Promise<void> {
    const checkedAt = at.toISOString()
    status.value = { ...status.value, checkedAt }
    setPhase('ready')
    await recordUpdateCheck(db, checkedAt).catch(() => undefined)
  }

  async function askToKeepStorage(db: SafeSpaceDb, storage: PersistentStorageApi | null): Promise<void> {
    const { persisted, refusedNow } = await ensurePersistentStorage(db, storage)
    status.value = { ...status.value, persisted }
    if (refusedNow && !status.value.message) setPhase(status.value.phase, DATASET_MESSAGES.persistenceRefused)
  }

  async function run(options: PlacesStoreOptions): Promise<void> {
    deps = {
      db: options.db ?? appDatabase(),
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      baseUrl: options.baseUrl ?? import.meta.env.BASE_URL,
      storage: options.storage === undefined ? browserStorage() : options.storage,
      now: options.now ?? (() => new Date()),
      storeDataset: options.storeDataset ?? (options.db ? replaceDataset : storeDatasetOffMainThread),
    }
    setPhase('loading')
    // A browser that refuses IndexedDB altogether still gets the map, from the network.
    const stored = await loadStoredDataset(deps.db).catch(() => null)
    if (stored) show(stored, 'saved')
    await refresh()
    if (shown === 'saved') await askToKeepStorage(deps.db, deps.storage)
  }

  /** Shows the stored data at once, then fetches a newer dataset if there is one. Runs once. */
  function start(options: PlacesStoreOptions = {}): Promise<void> {
    starting ??= run(options)
    return starting
  }

  /** Checks the manifest again (e.g. on coming back online); concurrent calls share one check. None while a workshop simulates offline. */
  function refresh(): Promise<void> {
    if (isSimulatedOffline()) return Promise.resolve()
    if (!deps) return start()
    refreshing ??= checkForUpdate(deps).finally(() => {
      refreshing = undefined
    })
    return refreshing
  }

  function resetFilters(): void {
    filters.value = defaultFilters()
  }

  return { places, districts, hotlines, attribution, status, filters, demo, start, refresh, resetFilters }
})
