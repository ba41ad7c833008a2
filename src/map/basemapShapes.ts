import type { MultiLineString, Position } from 'geojson'
import type { AreaGeometry } from '@common/geo'

/** A point as Leaflet takes it: [lat, lng] (GeoJSON positions are [lng, lat]). */
export type LatLngPair = [number, number]

const toLatLng = ([lng = 0, lat = 0]: Position): LatLngPair => [lat, lng]
const pointLists = (lists: Position[][]): LatLngPair[][] => lists.map((list) => list.map(toLatLng))

/** A district's outline as `L.polygon` takes it: rings, or one list of rings per part of a multipolygon. */
export function areaLatLngs(geometry: AreaGeometry): LatLngPair[][] | LatLngPair[][][] {
  return geometry.type === 'Polygon' ? pointLists(geometry.coordinates) : geometry.coordinates.map(pointLists)
}

/** Rivers, khlongs or railways as `L.polyline` takes them: one list of points per line. */
export function lineLatLngs(geometry: MultiLineString): LatLngPair[][] {
  return pointLists(geometry.coordinates)
}
