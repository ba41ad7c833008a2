import type { RankedPlace } from './ranking'
import type { LatLng } from '@common/place'

/** How many of the list's first places the map shows together with the person's position. */
export const TOP_RESULTS_IN_VIEW = 3

/** A box on the map, in degrees. */
export interface GeoBounds {
  south: number
  west: number
  north: number
  east: number
}

/**
 * The box that holds the person's position and the first `count` places of the ranked list that
 * have a location, in list order: the map shows what the list puts first (for "I was hurt", OSCC
 * hospitals even when a police station is nearer). Pins are points here; their uncertainty is not.
 */
export function topResultsBounds(position: LatLng, ranked: readonly RankedPlace[], count: number = TOP_RESULTS_IN_VIEW): GeoBounds {
  const points = [position, ...ranked.flatMap(({ place }) => (place.location ? [place.location] : [])).slice(0, count)]
  const lats = points.map((point) => point.lat)
  const lngs = points.map((point) => point.lng)
  return { south: Math.min(...lats), west: Math.min(...lngs), north: Math.max(...lats), east: Math.max(...lngs) }
}
