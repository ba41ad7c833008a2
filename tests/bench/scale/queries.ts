import { performance } from 'node:perf_hooks'
import type { Dataset } from '@common/place'
import { buildNearestIndex, placesAround } from '../../../src/domain/nearest'
import { rankPlaces } from '../../../src/domain/ranking'
import { placeFinder, searchIndexFor, searchPlaces } from '../../../src/domain/searchIndex'
import { searchVocabulary } from '../../../src/locales/searchWords'
import { median } from '../stats'
import { seeded } from '../seeded'

const NEAREST_QUERIES = 1_000
const SEARCH_REPEATS = 10
/** The places the list shows before "show more" (PlaceList.vue): what ranking has to order at once. */
const LIST_PAGE = 15

function medianMs(repeats: number, run: (i: number) => void): number {
  const times: number[] = []
  for (let i = 0; i < repeats; i++) {
    const start = performance.now()
    run(i)
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Nearest 10 with the app's kdbush index (built once, as the app memoises it): median over 1,000 origins. */
export function nearestTenMs(dataset: Dataset): { buildMs: number; queryMs: number } {
  const start = performance.now()
  const index = buildNearestIndex(dataset.places)
  const buildMs = performance.now() - start
  const random = seeded(7)
  const origins = Array.from({ length: NEAREST_QUERIES }, () => ({ lat: 13.55 + random() * 0.4, lng: 100.35 + random() * 0.55 }))
  return { buildMs, queryMs: medianMs(NEAREST_QUERIES, (i) => placesAround(index, origins[i]!, { limit: 10 })) }
}

/** The app's search (its index, built once per dataset as the app memoises it): median of 10 runs of one query. */
export function searchMs(dataset: Dataset, query: string): number {
  const index = searchIndexFor(dataset.places, dataset.districts, searchVocabulary())
  return medianMs(SEARCH_REPEATS, () => searchPlaces(index, query))
}

/** The list's first page (15, PlaceList's page) for "I was hurt" from a point in Bangkok, as the app ranks it (indexes built once): median of 10 runs. */
export function rankHurtMs(dataset: Dataset): number {
  const findPlaces = placeFinder(dataset.districts, searchVocabulary())
  const filters = { kinds: [], open24h: false, need: 'hurt' as const, query: '', districtCode: null }
  const rank = () => rankPlaces(dataset.places, { origin: { lat: 13.75, lng: 100.5 }, filters, findPlaces }).located(LIST_PAGE)
  rank()
  return medianMs(SEARCH_REPEATS, rank)
}
