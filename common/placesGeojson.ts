import type { SourcePlace } from './placeSource'

/** A source place as a GeoJSON feature: as geo/places/ writes it (hidden places have no geometry). */
export interface SourceFeature {
  type: 'Feature'
  geometry: { type: 'Point'; coordinates: [number, number] } | null
  properties: SourcePlace['properties']
}

/** The places as one FeatureCollection in the geo/ source format, which the import reads back. */
export function placesFeatureCollection(places: readonly SourcePlace[]): { type: 'FeatureCollection'; features: SourceFeature[] } {
  return {
    type: 'FeatureCollection',
    features: places.map(({ properties, point }) => ({ type: 'Feature', geometry: point ? { type: 'Point', coordinates: [point.lng, point.lat] } : null, properties })),
  }
}
