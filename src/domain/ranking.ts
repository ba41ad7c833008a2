import { buildNearestIndex, placesAround, placesByDistance, type NearbyPlace, type NearestIndex } from './nearest'
import type { LatLng, Place, PlaceKind } from '@common/place'
import { isBlankQuery } from './search'
import type { SearchMatches } from './searchIndex'

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
  /** Found only with a typo in its name; listed after every place spelled as typed. */
  similarName?: true
  /** For "I was hurt": a hospital with an emergency room nearer than the nearest OSCC, listed right after it. */
  nearerEmergencyRoom?: true
}

export interface RankContext {
  /** The point distances are measured from; null when the person has not chosen one. */
  origin: LatLng | null
  filters: PlaceFilters
  /** The search, called only for a query that is not blank (searchIndex.ts: placeFinder). */
  findPlaces: FindPlaces
}

/** Finds the places among `places` a query names: by name, kind, service, district or phone. */
export type FindPlaces = (places: readonly Place[], query: string) => SearchMatches | null

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

const thaiCollator = new Intl.Collator('th')

function byPriorityThenName(a: Place, b: Place): number {
  return KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind) || thaiCollator.compare(a.name.th, b.name.th)
}

/** Each place's position in the order without an origin (kind priority, then Thai name), and the places in that order. */
interface ListOrder {
  position: ReadonlyMap<Place, number>
  sorted: readonly Place[]
}

// Thai collation is the slowest part of ranking: sort every place once per places array (which the
// places store replaces, never mutates), then order any subset by that position.
const listOrders = new WeakMap<readonly Place[], ListOrder>()

function listOrderFor(places: readonly Place[]): ListOrder {
  let order = listOrders.get(places)
  if (!order) {
    const sorted = [...places].sort(byPriorityThenName)
    order = { position: new Map(sorted.map((place, i) => [place, i])), sorted }
    listOrders.set(places, order)
  }
  return order
}

/** Places of every kind: the index for the plain nearest-first order. */
const anyPlace = () => true

// One index per dataset and group of places (every place; OSCCs; hospitals; …), so a query for one
// group never walks the others' points: a group with few places is found in a few steps.
const nearestIndexes = new WeakMap<readonly Place[], Map<(place: Place) => boolean, NearestIndex>>()

function nearestIndexFor(places: readonly Place[], group: (place: Place) => boolean): NearestIndex {
  let byGroup = nearestIndexes.get(places)
  if (!byGroup) nearestIndexes.set(places, (byGroup = new Map()))
  let index = byGroup.get(group)
  if (!index) {
    index = buildNearestIndex(group === anyPlace ? places : places.filter(group))
    byGroup.set(group, index)
  }
  return index
}

/** A test for the places the filters other than the search let through (kinds, open 24 h, district). */
export function filterPlaces(filters: Omit<PlaceFilters, 'need'>): (place: Place) => boolean {
  // The filters as they are now: the test outlives this call (a listing keeps it), the filters object may change.
  const { open24h, districtCode } = filters
  const kinds = [...filters.kinds]
  return (place) =>
    (kinds.length === 0 || kinds.includes(place.kind)) && (!open24h || place.hours?.kind === '24h') && (districtCode === null || place.districtCode === districtCode)
}

/** Places of the list found one way (as typed, or only with a typo), split by whether they have a location. */
interface ListingPart {
  located: readonly Place[]
  /** Places without a published location, as contact cards in list order (an origin does not change it). */
  contactCards: readonly RankedPlace[]
  /** Every place of the dataset that the filters let through (no search): the dataset's index can order it. */
  wholeDataset: boolean
}

/** The places the filters and the search let through, before any order: what the map draws. */
export interface Listing {
  /** Every place of the dataset, as given to listPlaces. */
  dataset: readonly Place[]
  accept: (place: Place) => boolean
  /** Found as typed; without a search, every place the filters let through. */
  exact: ListingPart
  /** Found only with a typo in a name (a search only). */
  similar: ListingPart | null
  /** Every listed place, in no particular order. */
  places: readonly Place[]
}

function listingPart(places: Iterable<Place>, accept: (place: Place) => boolean, order: ListOrder, found: 'as typed' | 'similar' | 'no search'): ListingPart {
  const located: Place[] = []
  const unlocated: Place[] = []
  for (const place of places) {
    if (accept(place)) (place.location ? located : unlocated).push(place)
  }
  const contactCards = unlocated
    .sort((a, b) => order.position.get(a)! - order.position.get(b)!)
    .map((place): RankedPlace => (found === 'similar' ? { place, distanceKm: null, similarName: true } : { place, distanceKm: null }))
  return { located, contactCards, wholeDataset: found === 'no search' }
}

// Without filters or a search every place is listed: split once per places array, not at every change of need or origin.
const unfilteredListings = new WeakMap<readonly Place[], Listing>()

/** Which places the filters and the search (if the query is not blank) let through; no order yet. */
export function listPlaces(places: readonly Place[], filters: Omit<PlaceFilters, 'need'>, findPlaces: FindPlaces): Listing {
  const matches = isBlankQuery(filters.query) ? null : findPlaces(places, filters.query)
  const unfiltered = !matches && filters.kinds.length === 0 && !filters.open24h && filters.districtCode === null
  if (unfiltered) {
    const listing = unfilteredListings.get(places) ?? listingOf(places, anyPlace, null)
    unfilteredListings.set(places, listing)
    return listing
  }
  return listingOf(places, filterPlaces(filters), matches)
}

function listingOf(places: readonly Place[], accept: (place: Place) => boolean, matches: SearchMatches | null): Listing {
  const order = listOrderFor(places)
  const exact = listingPart(matches ? matches.exact : places, accept, order, matches ? 'as typed' : 'no search')
  const similar = matches && listingPart(matches.similar, accept, order, 'similar')
  const parts = similar ? [exact, similar] : [exact]
  return { dataset: places, accept, exact, similar, places: parts.flatMap((part) => [...part.located, ...part.contactCards.map((card) => card.place)]) }
}

/**
 * The list in its order, worked out only as far as it is read: the first page nearest an origin is
 * a kd-tree query over the dataset's index, not a sort of every place (issue #14).
 */
export interface RankedList {
  /** How many places are listed, with and without a location. */
  count: number
  /** How many listed places have a location. */
  locatedCount: number
  /** The first `count` listed places that have a location, in list order (all with Infinity). */
  located(count: number): RankedPlace[]
  /** Listed places without a published location (shelters), as contact cards, in list order. */
  contactCards: readonly RankedPlace[]
  /** Every listed place was found only with a typo in its name. */
  onlySimilar: boolean
}

/** The first `count` located places of a part in the group `only` (all when absent), nearest first, none farther than `maxKm`. */
type NearestFirst = (count: number, only?: (place: Place) => boolean, maxKm?: number) => NearbyPlace[]

/**
 * Orders the places for the list. A search lists the places whose names (or kind, service, district
 * or phone) hold what was typed first, then those found only with a typo; each part is ordered the
 * same way. With an origin: nearest first (for need "hurt", see hurtOrder). Without one: by kind
 * priority, then Thai name. Places without a published location (shelters) are contact cards,
 * listed after the located places, without distance.
 */
export function rankPlaces(places: readonly Place[], { origin, filters, findPlaces }: RankContext): RankedList {
  return rankListing(listPlaces(places, filters, findPlaces), origin, filters.need)
}

/** Orders a listing from an origin (nearest first, see rankPlaces) or, without one, by kind priority and Thai name. */
export function rankListing(listing: Listing, origin: LatLng | null, need: Need): RankedList {
  const order = listOrderFor(listing.dataset)
  const byListOrder = (a: Place, b: Place) => order.position.get(a)! - order.position.get(b)!
  const parts = [listing.exact, ...(listing.similar ? [listing.similar] : [])]
  const firstOf = (part: ListingPart) => (origin ? nearestFirstOf(part, listing, origin, need) : inListOrderOf(part, listing, byListOrder))
  const rankers = parts.map(firstOf)
  const locatedCount = parts.reduce((sum, part) => sum + part.located.length, 0)
  const contactCards = listing.similar ? [...listing.exact.contactCards, ...listing.similar.contactCards] : listing.exact.contactCards
  return {
    count: locatedCount + contactCards.length,
    locatedCount,
    located(count) {
      const ranked = rankers[0]!(count)
      if (rankers[1] && ranked.length < count) ranked.push(...rankers[1](count - ranked.length).map((item): RankedPlace => ({ ...item, similarName: true })))
      return ranked
    },
    contactCards,
    onlySimilar: locatedCount + contactCards.length > 0 && listing.exact.located.length + listing.exact.contactCards.length === 0,
  }
}

function inListOrderOf(part: ListingPart, listing: Listing, byListOrder: (a: Place, b: Place) => number): (count: number) => RankedPlace[] {
  if (part.wholeDataset) {
    // The dataset is sorted once; the first page only reads as far as it needs.
    const { sorted } = listOrderFor(listing.dataset)
    return (count) => {
      const ranked: RankedPlace[] = []
      for (const place of sorted) {
        if (ranked.length >= count) break
        if (place.location && listing.accept(place)) ranked.push({ place, distanceKm: null })
      }
      return ranked
    }
  }
  let sorted: readonly Place[] | undefined
  return (count) => (sorted ??= [...part.located].sort(byListOrder)).slice(0, count).map((place) => ({ place, distanceKm: null }))
}

function nearestFirstOf(part: ListingPart, listing: Listing, origin: LatLng, need: Need): (count: number) => RankedPlace[] {
  const nearest = part.wholeDataset ? nearestInIndexes(listing.dataset, origin, listing.accept) : nearestInSorted(() => placesByDistance(part.located, origin))
  return (count) => (need === 'hurt' ? hurtOrderFirst(nearest, count) : nearest(count))
}

function nearestInIndexes(dataset: readonly Place[], origin: LatLng, accept: (place: Place) => boolean): NearestFirst {
  return (count, only = anyPlace, maxKm) => placesAround(nearestIndexFor(dataset, only), origin, { limit: count, accept, maxKm })
}

/** Takes from a list already sorted nearest first (made on first use). */
function nearestInSorted(sortedNearby: () => readonly NearbyPlace[]): NearestFirst {
  let nearby: readonly NearbyPlace[] | undefined
  return (count, only = anyPlace, maxKm = Infinity) => {
    nearby ??= sortedNearby()
    const taken: NearbyPlace[] = []
    for (const item of nearby) {
      if (taken.length >= count || item.distanceKm > maxKm) break
      if (only(item.place)) taken.push(item)
    }
    return taken
  }
}

const hasEmergencyRoom = (place: Place) => place.kind === 'hospital' && place.services.includes('emergency_care')
const isOscc = (place: Place) => place.kind === 'oscc_hospital'
/** After the nearest OSCC (and a nearer emergency room): the other OSCCs, hospitals, police, everything else. */
const HURT_GROUPS: ReadonlyArray<(place: Place) => boolean> = [
  isOscc,
  (place) => place.kind === 'hospital',
  (place) => place.kind === 'police_station',
  (place) => !['oscc_hospital', 'hospital', 'police_station'].includes(place.kind),
]

/**
 * The order for someone who was hurt, from places already sorted nearest first. An OSCC
 * (ศูนย์พึ่งได้: forensic exam and help after violence) comes first, nearest first. When a
 * hospital with an emergency room is nearer than the nearest OSCC, the nearest such hospital is
 * listed right after it (an injury may not wait for the longer trip). Then the other OSCCs, the
 * other hospitals, the police, and everything else, each nearest first.
 */
export function hurtOrder(nearby: readonly NearbyPlace[]): RankedPlace[] {
  return hurtOrderFirst(nearestInSorted(() => nearby), nearby.length)
}

/** The first `count` places of hurtOrder, each group asked only for as many as can still be shown. */
function hurtOrderFirst(nearest: NearestFirst, count: number): RankedPlace[] {
  const [nearestOscc] = nearest(1, isOscc)
  const nearerEmergency = nearestOscc && nearest(1, hasEmergencyRoom, nearestOscc.distanceKm).find((item) => item.distanceKm < nearestOscc.distanceKm)
  const ranked: RankedPlace[] = [...(nearestOscc ? [nearestOscc] : []), ...(nearerEmergency ? [{ ...nearerEmergency, nearerEmergencyRoom: true as const }] : [])]
  const listedFirst = new Set(ranked.map((item) => item.place))
  for (const group of HURT_GROUPS) {
    if (ranked.length >= count) break
    for (const item of nearest(count - ranked.length + listedFirst.size, group)) {
      if (!listedFirst.has(item.place)) ranked.push(item)
    }
  }
  return ranked.slice(0, count)
}
