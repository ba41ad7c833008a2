import type { Feature, FeatureCollection, Position } from 'geojson'
import type { ContextLines } from './basemapLines'
import { interiorPoint, roundTo, type AreaGeometry } from './geo'
import type { District } from './place'

/** A district with its outline, as read from geo/boundaries. */
export interface DistrictOutline extends District {
  geometry: AreaGeometry
}

export interface BasemapProperties {
  code: number
  name_th: string
  name_en: string
  province: District['province']
  /** Where to put the district's name: a point inside it, [lng, lat]. */
  label: [number, number]
}

/**
 * The offline basemap: district outlines the app can draw with no tile server, and under `context`
 * (a GeoJSON foreign member, so readers of the outlines need not know it) rivers, khlongs and railways.
 */
export type Basemap = FeatureCollection<AreaGeometry, BasemapProperties> & { context?: ContextLines }

/** Decimal places kept in the basemap (5 ≈ 1 m): plenty for outlines drawn at city zoom. */
export const BASEMAP_DECIMALS = 5

/** Builds the offline basemap, sorted by district code, coordinates rounded to keep it small, with its context lines. */
export function buildBasemap(outlines: readonly DistrictOutline[], context?: ContextLines): Basemap {
  return {
    type: 'FeatureCollection',
    features: [...outlines].sort((a, b) => a.code - b.code).map(toFeature),
    ...(context && context.features.length > 0 ? { context } : {}),
  }
}

function toFeature(d: DistrictOutline): Feature<AreaGeometry, BasemapProperties> {
  const label = interiorPoint(d.geometry)
  return {
    type: 'Feature',
    properties: {
      code: d.code,
      name_th: d.name.th,
      name_en: d.name.en ?? d.name.th,
      province: d.province,
      label: [roundTo(label.lng, BASEMAP_DECIMALS), roundTo(label.lat, BASEMAP_DECIMALS)],
    },
    geometry: roundGeometry(d.geometry),
  }
}

function roundGeometry(geometry: AreaGeometry): AreaGeometry {
  const polygon = (rings: Position[][]) => rings.map(roundRing).filter((ring) => ring.length >= 4)
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) }
}

// Rounding makes neighbouring vertices coincide; repeats add bytes and nothing else.
function roundRing(ring: Position[]): Position[] {
  const rounded: Position[] = []
  for (const [lng = 0, lat = 0] of ring) {
    const point = [roundTo(lng, BASEMAP_DECIMALS), roundTo(lat, BASEMAP_DECIMALS)]
    const previous = rounded[rounded.length - 1]
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point)
  }
  return rounded
}
