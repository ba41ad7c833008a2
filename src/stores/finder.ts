import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { districtCentresFromBasemap, originPoint, type DistrictCentres, type Origin } from '@/domain/origin'
import type { Place } from '@common/place'
import { listPlaces, rankListing, type Listing } from '@/domain/ranking'
import type { placeFinder } from '@/domain/searchIndex'
import { isBlankQuery } from '@/domain/search'
import { searchVocabulary } from '@/locales/searchWords'
import { hasFirstScreenEnglish, loadFirstScreenEnglish } from '@/locales'
import { fetchBasemap } from '@/map/basemapSource'
import { usePlacesStore } from './places'

export type { Origin } from '@/domain/origin'

// The search index's code is a chunk of its own, fetched after the map is painted (src/main.ts) or at
// the first search; until it has arrived a search lists every place, never "nothing found".
const searchCode = shallowRef<{ placeFinder: typeof placeFinder }>()

/** Loads the search index's code (once); the finder's results search from then on. */
export async function loadSearchCode(): Promise<void> {
  searchCode.value ??= await import('@/domain/searchIndex')
}

/** What the resident is looking at: the map and the list both read and set this, so they stay in sync. */
export const useFinderStore = defineStore('finder', () => {
  const placesStore = usePlacesStore()
  const selectedId = ref<string | null>(null)
  const origin = ref<Origin>({ kind: 'none' })
  const districtCentres = shallowRef<DistrictCentres>({})
  /** The last attempt to load the district centres failed (offline before the app was ever cached). */
  const districtCentresFailed = ref(false)
  let loadingCentres: Promise<void> | undefined

  /** The point distances are measured from, or null when there is none (yet). */
  const originLatLng = computed(() => originPoint(origin.value, placesStore.places, districtCentres.value))

  // A search also knows the kind and service words in English, which load with the first screen's
  // English words: after the map is painted (src/main.ts), or at the latest at the first search.
  // searchVocabulary() gains them when they arrive, and the results follow.
  watch(
    () => !isBlankQuery(placesStore.filters.query) && !(hasFirstScreenEnglish() && searchCode.value),
    (searchingWithout) => {
      if (!searchingWithout) return
      void loadFirstScreenEnglish()
      void loadSearchCode()
    },
    { immediate: true },
  )

  /** The places the filters and this search (not necessarily the one typed) let through. */
  function listingFor(query: string): Listing {
    const search = searchCode.value
    // Not the need: it orders the list, it does not change what is listed (nor what the map draws).
    const { kinds, open24h, districtCode } = placesStore.filters
    return listPlaces(
      placesStore.places,
      { kinds, open24h, districtCode, query: search ? query : '' },
      search ? search.placeFinder(placesStore.districts, searchVocabulary()) : () => null,
    )
  }

  /** The places the filters and the search let through; an origin does not change them, so the map is not redrawn for one. */
  const listing = computed(() => listingFor(placesStore.filters.query))

  /** The places for the list in their order (see rankPlaces), worked out as far as it is read. */
  const results = computed(() => rankListing(listing.value, originLatLng.value, placesStore.filters.need))

  const showsSomething = (shown: Listing): boolean => shown.places.length > 0 || isBlankQuery(placesStore.filters.query)
  // The last search that found something (or none), and its places now: typing on without a match
  // does not work them out again, a part or a new version of the dataset arriving does.
  const lastMatchingQuery = ref(placesStore.filters.query)
  watch(listing, (next) => {
    if (showsSomething(next)) lastMatchingQuery.value = placesStore.filters.query
  })
  const lastMatching = computed(() => listingFor(lastMatchingQuery.value))

  /**
   * What the map shows: the listed places, except that a search finding nothing leaves the map on the
   * last search that found something, worked out from the places known now (a province part or a new
   * version of the dataset may have arrived since), never places gone from them.
   */
  const mapResults = computed<readonly Place[]>(() => (showsSomething(listing.value) ? listing.value : lastMatching.value).places)

  function select(id: string | null): void {
    selectedId.value = id
  }

  function setOrigin(next: Origin): void {
    origin.value = next
  }

  /**
   * Loads the district centres (the offline basemap's label points, precached by the service worker)
   * once, when a district is first chosen; a failed load is tried again on the next choice.
   */
  function loadDistrictCentres(fetchFn?: Parameters<typeof fetchBasemap>[1]): Promise<void> {
    loadingCentres ??= fetchBasemap(import.meta.env.BASE_URL, fetchFn).then((basemap) => {
      districtCentresFailed.value = basemap === null
      if (basemap) districtCentres.value = districtCentresFromBasemap(basemap)
      else loadingCentres = undefined
    })
    return loadingCentres
  }

  return {
    selectedId,
    origin,
    districtCentres,
    districtCentresFailed,
    originLatLng,
    results,
    mapResults,
    select,
    setOrigin,
    loadDistrictCentres,
  }
})
