import { placesByDistance, type NearbyPlace } from './nearest'
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

/** Each place's position in the order without an origin (kind priority, then Thai name). */
type ListOrder = ReadonlyMap<Place, number>

// Thai collation is the slowest part of ranking: sort every place once per places array (which the
// places store replaces, never mutates), then order any subset by that position.
const listOrders = new WeakMap<readonly Place[], ListOrder>()

function listOrderFor(places: readonly Place[]): ListOrder {
  let order = listOrders.get(places)
  if (!order) {
    order = new Map([...places].sort(byPriorityThenName).map((place, i) => [place, i]))
    listOrders.set(places, order)
  }
  return order
}

/** A test for the places the filters other than the search let through (kinds, open 24 h, district). */
export function filterPlaces(filters: PlaceFilters): (place: Place) => boolean {
  return (place) =>
    (filters.kinds.length === 0 || filters.kinds.includes(place.kind)) &&
    (!filters.open24h || place.hours?.kind === '24h') &&
    (filters.districtCode === null || place.districtCode === filters.districtCode)
}

/**
 * Orders the places for the list. A search lists the places whose names (or kind, service, district
 * or phone) hold what was typed first, then those found only with a typo; each part is ordered the
 * same way. With an origin: nearest first (for need "hurt", see hurtOrder). Without one: by kind
 * priority, then Thai name. Places without a published location (shelters) come last in each part
 * as contact cards, without distance.
 */
export function rankPlaces(places: readonly Place[], { origin, filters, findPlaces }: RankContext): RankedPlace[] {
  const accept = filterPlaces(filters)
  const order = listOrderFor(places)
  const matches = isBlankQuery(filters.query) ? null : findPlaces(places, filters.query)
  if (!matches) return rankPart(places, order, origin, filters.need, accept)
  const part = (found: ReadonlySet<Place>) => rankPart([...found], order, origin, filters.need, accept)
  return [...part(matches.exact), ...part(matches.similar).map((ranked): RankedPlace => ({ ...ranked, similarName: true }))]
}

function rankPart(
  places: readonly Place[],
  order: ListOrder,
  origin: LatLng | null,
  need: Need,
  accept: (place: Place) => boolean,
): RankedPlace[] {
  const byListOrder = (a: Place, b: Place) => order.get(a)! - order.get(b)!
  const contactCards = places
    .filter((place) => place.location === null && accept(place))
    .sort(byListOrder)
    .map((place) => ({ place, distanceKm: null }))
  if (!origin) {
    const located = places.filter((place) => place.location !== null && accept(place)).sort(byListOrder)
    return [...located.map((place) => ({ place, distanceKm: null })), ...contactCards]
  }
  const nearby = placesByDistance(places, origin, accept)
  return [...(need === 'hurt' ? hurtOrder(nearby) : nearby), ...contactCards]
}

const hasEmergencyRoom = (place: Place) => place.kind === 'hospital' && place.services.includes('emergency_care')

/**
 * The order for someone who was hurt, from places already sorted nearest first. An OSCC
 * (ศูนย์พึ่งได้: forensic exam and help after violence) comes first, nearest first. When a
 * hospital with an emergency room is nearer than the nearest OSCC, the nearest such hospital is
 * listed right after it (an injury may not wait for the longer trip). Then the other OSCCs, the
 * other hospitals, the police, and everything else, each nearest first.
 */
export function hurtOrder(nearby: readonly NearbyPlace[]): RankedPlace[] {
  const ofKind = (kinds: readonly PlaceKind[]) => nearby.filter((item) => kinds.includes(item.place.kind))
  const [nearestOscc, ...otherOsccs] = ofKind(['oscc_hospital'])
  const nearerEmergency = nearestOscc && nearby.find((item) => hasEmergencyRoom(item.place) && item.distanceKm < nearestOscc.distanceKm)
  const hospitals = ofKind(['hospital']).filter((item) => item !== nearerEmergency)
  const others = nearby.filter((item) => !['oscc_hospital', 'hospital', 'police_station'].includes(item.place.kind))
  return [
    ...(nearestOscc ? [nearestOscc] : []),
    ...(nearerEmergency ? [{ ...nearerEmergency, nearerEmergencyRoom: true as const }] : []),
    ...otherOsccs,
    ...hospitals,
    ...ofKind(['police_station']),
    ...others,
  ]
}
