import KDBush from 'kdbush'
import type { Place, PlaceKind } from '@common/place'
import type { GeoBounds } from '@/domain/mapView'
import { KIND_PRIORITY } from '@/domain/ranking'

/** A place with a published location (hidden places have none and are never drawn). */
export type LocatedPlace = Place & { location: NonNullable<Place['location']> }

/**
 * The places a map draws, in drawing order (the least needed kinds first, so OSCC hospitals end up
 * on top where markers overlap), with a kdbush index over them: an id is a position in `places`.
 */
export interface DrawnPlaces {
  places: readonly LocatedPlace[]
  tree: KDBush
  /** Position in `places` of each place id. */
  indexOf: ReadonlyMap<string, number>
  /** Kinds with at least one place drawn, in the order given (PLACE_KINDS for the map). */
  kinds: readonly PlaceKind[]
  /** The largest uncertainty radius (m) of an approximate place, 0 when there is none. */
  largestUncertaintyM: number
}

const isLocated = (place: Place): place is LocatedPlace => place.location !== null

/** Indexes the places that have a location, in drawing order; `kindOrder` orders the summary of kinds. */
export function drawnPlaces(places: readonly Place[], kindOrder: readonly PlaceKind[], defaultUncertaintyM: number): DrawnPlaces {
  const rank = new Map(KIND_PRIORITY.map((kind, i) => [kind, i]))
  const lowestFirst = (rank.get(KIND_PRIORITY[KIND_PRIORITY.length - 1]!) ?? 0) + 1
  // A stable sort keeps the given order within a kind.
  const ordered = places.filter(isLocated).sort((a, b) => (rank.get(b.kind) ?? lowestFirst) - (rank.get(a.kind) ?? lowestFirst))
  const tree = new KDBush(Math.max(ordered.length, 1))
  for (const place of ordered) tree.add(place.location.lng, place.location.lat)
  if (ordered.length === 0) tree.add(0, 0) // kdbush cannot index nothing; the dummy is never looked up
  tree.finish()
  const present = new Set(ordered.map((place) => place.kind))
  let largestUncertaintyM = 0
  for (const place of ordered) {
    if (place.visibility === 'approximate') largestUncertaintyM = Math.max(largestUncertaintyM, place.location.uncertaintyM ?? defaultUncertaintyM)
  }
  return {
    places: ordered,
    tree,
    indexOf: new Map(ordered.map((place, i) => [place.id, i])),
    kinds: kindOrder.filter((kind) => present.has(kind)),
    largestUncertaintyM,
  }
}

/** Ids (positions in drawing order, ascending) of the drawn places inside the box. */
export function placesInBox(drawn: DrawnPlaces, { south, west, north, east }: GeoBounds): Uint32Array {
  if (drawn.places.length === 0) return new Uint32Array(0)
  return Uint32Array.from(drawn.tree.range(west, south, east, north)).sort()
}

/** The box grown by `metres` on every side (a little more than enough east and west: degrees of longitude shrink away from the equator). */
export function boxAround(box: GeoBounds, metres: number): GeoBounds {
  const latDeg = metres / 111_320
  const lngDeg = latDeg / Math.cos((Math.max(Math.abs(box.south), Math.abs(box.north)) * Math.PI) / 180)
  return { south: box.south - latDeg, west: box.west - lngDeg, north: box.north + latDeg, east: box.east + lngDeg }
}

