import { nearestIndexFor, placesAround } from './nearest'
import type { District, LatLng, Place, PlaceKind } from '@common/place'
import { placeMatcher } from './search'

/** What the person needs: anything, or care after being hurt (OSCC hospitals first). */
export type Need = 'any' | 'hurt'

/** The resident's filters on the main screen. */
export interface PlaceFilters {
  /** Empty means every kind. */
  kinds: PlaceKind[]
  open24h: boolean
  need: Need
  query: string
  districtCode: number | null
}

/** A place in the list: its distance in km, or null when there is no origin or the place has no published location. */
export interface RankedPlace {
  place: Place
  distanceKm: number | null
}

export interface RankContext {
  /** The point distances are measured from; null when the person has not chosen one. */
  origin: LatLng | null
  filters: PlaceFilters
  /** Districts, so a search can match a district name. */
  districts: readonly District[]
}

/** The order kinds are shown in when distance does not decide alone: where someone who was hurt should go first. */
export const KIND_PRIORITY: readonly PlaceKind[] = [
  'oscc_hospital',
  'hospital',
  'police_station',
  'safe_house',
  'community',
  'support_org',
  'shelter',
]

// Someone who was hurt needs an OSCC first, then any hospital, then the police; the rest by distance.
const HURT_GROUPS: ReadonlyArray<(kind: PlaceKind) => boolean> = [
  (kind) => kind === 'oscc_hospital',
  (kind) => kind === 'hospital',
  (kind) => kind === 'police_station',
  (kind) => !['oscc_hospital', 'hospital', 'police_station'].includes(kind),
]

const thaiCollator = new Intl.Collator('th')

function byPriorityThenName(a: Place, b: Place): number {
  return KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind) || thaiCollator.compare(a.name.th, b.name.th)
}

/** A test for the places the filters let through (kinds, open 24 h, district, search query). */
export function filterPlaces(filters: PlaceFilters, districts: readonly District[]): (place: Place) => boolean {
  const matchesQuery = placeMatcher(filters.query, districts)
  return (place) =>
    (filters.kinds.length === 0 || filters.kinds.includes(place.kind)) &&
    (!filters.open24h || place.hours?.kind === '24h') &&
    (filters.districtCode === null || place.districtCode === filters.districtCode) &&
    matchesQuery(place)
}

/**
 * Orders the places for the list. With an origin: nearest first (for need "hurt", OSCC hospitals,
 * then hospitals, then police, then the rest, each by distance). Without one: by kind priority, then
 * Thai name. Places without a published location (shelters) come last as contact cards, without distance.
 */
export function rankPlaces(places: readonly Place[], { origin, filters, districts }: RankContext): RankedPlace[] {
  const accept = filterPlaces(filters, districts)
  const contactCards = places
    .filter((place) => place.location === null && accept(place))
    .sort(byPriorityThenName)
    .map((place) => ({ place, distanceKm: null }))
  return [...rankLocated(places, origin, filters.need, accept), ...contactCards]
}

function rankLocated(places: readonly Place[], origin: LatLng | null, need: Need, accept: (place: Place) => boolean): RankedPlace[] {
  if (!origin) {
    return places
      .filter((place) => place.location !== null && accept(place))
      .sort(byPriorityThenName)
      .map((place) => ({ place, distanceKm: null }))
  }
  const index = nearestIndexFor(places)
  const groups = need === 'hurt' ? HURT_GROUPS : [() => true]
  return groups.flatMap((inGroup) => placesAround(index, origin, { accept: (place) => inGroup(place.kind) && accept(place) }))
}
