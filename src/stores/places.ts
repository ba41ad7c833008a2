import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { appDatabase, type SafeSpaceDb } from '@/data/database'
import { loadStoredDataset, loadStoredFirstProvince, recordUpdateCheck, replaceDataset, replaceParts, type PartsChange, type StoredDataset } from '@/data/datasetRepository'
import { storeDatasetOffMainThread, storePartsOffMainThread } from '@/data/datasetWorkerClient'
import { fetchCommon, fetchDataset, fetchManifest, fetchPart, type Fetch } from '@/data/datasetSource'
import { isQuotaError } from '@/data/storageErrors'
import { browserStorage, ensurePersistentStorage, type PersistentStorageApi } from '@/data/storagePersistence'
import { manifestUrlFor, metaForDataset, shouldUpdate, type DatasetMeta } from '@/domain/datasetUpdate'
import { datasetDate } from '@/domain/datasetSummary'
import { DATASET_MESSAGES, missingAreasMessage, statusAfterProblem, type DatasetProblem, type ShownData } from '@/domain/datasetUpdateStatus'
import { dropProvinces, isUpToDate, missingAreas, nextStoredSplit, planPartsUpdate, replaceProvince, START_VIEW_CENTRE, storedSplitOf } from '@/domain/datasetParts'
import type { Dataset, DatasetManifest, District, Hotline, LocalizedText, Place } from '@common/place'
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
  /** Stores downloaded province parts in one transaction (replaceParts, in a worker where the browser has one). */
  storeParts?: (db: SafeSpaceDb, change: PartsChange, meta: DatasetMeta) => Promise<void>
}

type SplitManifest = DatasetManifest & Required<Pick<DatasetManifest, 'common' | 'parts'>>

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

  function showWhileUpdating(data: StoredDataset, kind: ShownData, more: boolean): void {
    show(data, kind)
    if (more) setPhase('updating')
  }

  function setPhase(phase: DatasetPhase, message?: LocalizedText): void {
    const next: DatasetStatus = { ...status.value, phase, message }
    if (!message) delete next.message
    status.value = next
  }

  function settleProblem(problem: DatasetProblem): void {
    const { phase, message } = statusAfterProblem(problem, shown)
    // Areas still missing matter more than why this check stopped: the map is not all there.
    const missing = shown === 'saved' ? missingAreas(shownMeta?.split) : []
    setPhase(phase, missing.length > 0 ? missingAreasMessage(missing) : message)
  }

  async function checkForUpdate({ db, fetch, baseUrl, now, storeDataset, storeParts }: Required<PlacesStoreOptions>): Promise<void> {
    setPhase(shown === 'none' ? 'loading' : 'updating')
    const manifestUrl = manifestUrlFor(baseUrl)
    const manifest = await fetchManifest(fetch, manifestUrl)
    if (!manifest.ok) return settleProblem(manifest.problem)
    const { common, parts } = manifest.value
    if (common && parts) return updateFromParts({ db, fetch, now, storeParts }, manifestUrl, { ...manifest.value, common, parts })
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

  /**
   * A split dataset (issue #14): downloads only the parts whose hash changed, the one around the
   * map's start view first; the first is drawn as soon as it is checked, the rest once they are all
   * in (each stored as it arrives, so a download cut short keeps what it got).
   */
  async function updateFromParts(
    { db, fetch, now, storeParts }: Pick<Required<PlacesStoreOptions>, 'db' | 'fetch' | 'now' | 'storeParts'>,
    manifestUrl: string,
    manifest: SplitManifest,
  ): Promise<void> {
    const before = storedSplitOf(shown === 'saved' ? shownMeta : undefined, manifest)
    const plan = planPartsUpdate(before, manifest, START_VIEW_CENTRE)
    if (isUpToDate(plan)) return recordCheck(db, now())
    const common = plan.common ? await fetchCommon(fetch, manifestUrl, manifest.common) : undefined
    if (common && !common.ok) return settleProblem(common.problem)
    const shared = { districts: common?.value.districts ?? districts.value, hotlines: common?.value.hotlines ?? hotlines.value, attribution: common?.value.attribution ?? attribution.value }
    // A workshop's demo mark comes with the common file; kept from the stored one when that did not change.
    const demoMark = (common ? common.value.demo === true : demo.value) ? { demo: true as const } : {}
    let pending: Omit<PartsChange, 'parts'> = { ...(common ? { common: common.value } : {}), drop: plan.drop }
    let current = dropProvinces(shown === 'none' ? [] : places.value, plan.drop)
    let latest: StoredDataset | undefined
    const storedNow = new Map<number, string>()
    const steps = plan.fetch.length > 0 ? plan.fetch : [undefined]
    // With no part to fetch (only the common file changed, or a province was dropped), one write.
    for (const [index, entry] of steps.entries()) {
      // Until the last part is in, the data on screen is still being updated.
      const more = index < steps.length - 1
      const part = entry && (await fetchPart(fetch, manifestUrl, entry))
      if (part && !part.ok) {
        if (latest) show(latest, 'saved')
        return settleProblem(part.problem)
      }
      if (entry && part) {
        current = replaceProvince(current, entry.province, part.value.places)
        storedNow.set(entry.province, entry.hash)
      }
      const meta: DatasetMeta = {
        ...metaForDataset({ ...manifest, ...shared, ...demoMark, places: current }, now()),
        split: nextStoredSplit(before, manifest, common?.value.hash ?? before?.common ?? '', storedNow),
      }
      const data: StoredDataset = { meta, places: current, ...shared }
      const savedOnScreen = shown === 'saved'
      // Nothing on screen yet (a first visit): the person's area is drawn while it is being stored.
      if (!savedOnScreen) showWhileUpdating(data, 'unsaved_storage_failed', more)
      try {
        await storeParts(db, { ...pending, parts: part?.ok ? [part.value] : [] }, meta)
      } catch (error) {
        const full = isQuotaError(error)
        if (!savedOnScreen) show(data, full ? 'unsaved_storage_full' : 'unsaved_storage_failed')
        else if (latest) show(latest, 'saved')
        return settleProblem(full ? 'storage_full' : 'storage_failed')
      }
      pending = { drop: [] }
      // Redrawing thousands of places for every part would block the page: the first, then the rest at once.
      if (latest) shownMeta = meta
      else showWhileUpdating(data, 'saved', more)
      latest = data
    }
    if (latest) show(latest, 'saved')
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
    const collaborators: Required<PlacesStoreOptions> = {
      db: options.db ?? appDatabase(),
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      baseUrl: options.baseUrl ?? import.meta.env.BASE_URL,
      storage: options.storage === undefined ? browserStorage() : options.storage,
      now: options.now ?? (() => new Date()),
      storeDataset: options.storeDataset ?? (options.db ? replaceDataset : storeDatasetOffMainThread),
      storeParts: options.storeParts ?? (options.db ? replaceParts : storePartsOffMainThread),
    }
    setPhase('loading')
    // A national dataset: the start view's province is drawn while every other place is read.
    const first = await loadStoredFirstProvince(collaborators.db).catch(() => null)
    if (first) showWhileUpdating(first, 'saved', true)
    // A browser that refuses IndexedDB altogether still gets the map, from the network.
    const stored = await loadStoredDataset(collaborators.db).catch(() => null)
    if (stored) show(stored, 'saved')
    else if (first) shown = 'none'
    // Until now a refresh (e.g. coming back online) waits for this start: it builds on what is shown, and that must be all of it.
    deps = collaborators
    await refresh()
    if (shown === 'saved') await askToKeepStorage(collaborators.db, collaborators.storage)
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
