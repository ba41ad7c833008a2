import type { Position } from 'geojson'
import type { Basemap } from '@common/basemap'
import type { LatLng } from '@common/place'

/** A small map drawn as SVG: district outlines from the offline basemap, and the old and new pin. */
export interface PinMapView {
  viewBox: string
  districts: Array<{ code: number; d: string; name: { th: string; en: string } }>
  pins: Array<{ which: 'before' | 'after'; x: number; y: number }>
  /** Metres across the drawn area, for the stroke widths and the pin size. */
  width: number
}

const METRES_PER_DEGREE = 111_320
/** The least the map shows around the pins: enough to see the streets' district and its neighbours. */
const MIN_SPAN_M = 3_000

/**
 * Frames the pins (one, or the old and new) with at least MIN_SPAN_M around them, and keeps the
 * district outlines that reach into the frame. Coordinates are metres on a flat projection centred
 * on the pins (exact enough for a few kilometres); y grows southwards as SVG's does.
 */
export function pinMapView(pins: { before: LatLng | null; after: LatLng | null }, basemap: Basemap | null): PinMapView | null {
  const placed = (['before', 'after'] as const).flatMap((which) => (pins[which] ? [{ which, point: pins[which] }] : []))
  if (placed.length === 0) return null
  const lats = placed.map((pin) => pin.point.lat)
  const lngs = placed.map((pin) => pin.point.lng)
  const centre = { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lng: (Math.min(...lngs) + Math.max(...lngs)) / 2 }
  const xScale = METRES_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180)
  const project = ([lng = 0, lat = 0]: Position) => [(lng - centre.lng) * xScale, (centre.lat - lat) * METRES_PER_DEGREE] as const
  const projected = placed.map((pin) => ({ which: pin.which, ...xy(project([pin.point.lng, pin.point.lat])) }))
  const half = Math.max(MIN_SPAN_M, ...projected.map((pin) => Math.abs(pin.x) * 2.6), ...projected.map((pin) => Math.abs(pin.y) * 2.6)) / 2
  const inFrame = ([x, y]: readonly [number, number]) => Math.abs(x) <= half * 2 && Math.abs(y) <= half * 2
  const districts = (basemap?.features ?? []).flatMap((feature) => {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
    const rings = polygons.flat().map((ring) => ring.map(project))
    if (!rings.some((ring) => ring.some(inFrame))) return []
    const d = rings.map((ring) => `M${ring.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join('L')}Z`).join('')
    return [{ code: feature.properties.code, d, name: { th: feature.properties.name_th, en: feature.properties.name_en } }]
  })
  return { viewBox: `${-half} ${-half} ${half * 2} ${half * 2}`, districts, pins: projected, width: half * 2 }
}

function xy([x, y]: readonly [number, number]): { x: number; y: number } {
  return { x: Math.round(x), y: Math.round(y) }
}
