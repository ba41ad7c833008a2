import type { RankedPlace } from './ranking'
import type { LatLng } from '@common/place'

/** How many of the nearest places a map shows together with the person's position. */
export const NEARBY_IN_VIEW = 3

/**
 * The positions of the `count` nearest places that are on the map, closest first: what the map fits
 * to, together with the person's position, after "near me". Ranked order is ignored (it may put OSCC first).
 */
export function nearestLocations(ranked: readonly RankedPlace[], count: number = NEARBY_IN_VIEW): LatLng[] {
  return ranked
    .filter((r): r is RankedPlace & { distanceKm: number } => r.distanceKm !== null && r.place.location !== null)
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, count)
    .flatMap(({ place }) => (place.location ? [{ lat: place.location.lat, lng: place.location.lng }] : []))
}
