import KDBush from 'kdbush'
import { around } from 'geokdbush'
import { distanceKm } from '@common/geo'
import type { LatLng, Place } from '@common/place'

/** A spatial index over the places that have a published location (hidden places have none). */
export interface NearestIndex {
  located: readonly Place[]
  tree: KDBush
}

/** A place and its straight-line distance from where the person is looking from. */
export interface NearbyPlace {
  place: Place
  distanceKm: number
}

/** Builds a kdbush index of the places that have a location. */
export function buildNearestIndex(places: readonly Place[]): NearestIndex {
  const located = places.filter((place) => place.location !== null)
  const tree = new KDBush(located.length)
  for (const place of located) tree.add(place.location?.lng ?? 0, place.location?.lat ?? 0)
  return { located, tree: tree.finish() }
}

export interface AroundOptions {
  /** At most this many places (default: all). */
  limit?: number
  /** Only places this test accepts. */
  accept?: (place: Place) => boolean
  /** Only places at most this far (km; default: any distance). */
  maxKm?: number
}

/** The located places nearest to the origin, closest first, with their great-circle distance in km. */
export function placesAround(index: NearestIndex, origin: LatLng, options: AroundOptions = {}): NearbyPlace[] {
  const { limit = Infinity, accept, maxKm = Infinity } = options
  // Every place in order (the list): one distance each and one sort beat the tree's search queue several times over.
  if (limit >= index.located.length) return placesByDistance(index.located, origin, accept).filter((item) => item.distanceKm <= maxKm)
  const predicate = accept && ((id: number) => {
    const place = index.located[id]
    return place !== undefined && accept(place)
  })
  return around(index.tree, origin.lng, origin.lat, limit, maxKm, predicate).flatMap((id) => {
    const place = index.located[id]
    return place?.location ? [{ place, distanceKm: distanceKm(origin, place.location) }] : []
  })
}

/** Every located place (that `accept` lets through), closest first: no index needed when all are wanted. */
export function placesByDistance(places: readonly Place[], origin: LatLng, accept?: (place: Place) => boolean): NearbyPlace[] {
  const nearby: NearbyPlace[] = []
  for (const place of places) {
    if (place.location && (!accept || accept(place))) nearby.push({ place, distanceKm: distanceKm(origin, place.location) })
  }
  return nearby.sort((a, b) => a.distanceKm - b.distanceKm)
}

/** A distance rounded the way people read it: metres to the nearest 50 under 1 km, else km to one decimal. */
export function readableDistance(km: number): { unit: 'm' | 'km'; value: number } {
  const metres = Math.round((km * 1000) / 50) * 50
  if (metres < 1000) return { unit: 'm', value: Math.max(50, metres) }
  return { unit: 'km', value: Math.round(km * 10) / 10 }
}
