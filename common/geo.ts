import type { MultiPolygon, Polygon, Position } from 'geojson'
import type { LatLng } from './place'

const EARTH_RADIUS_M = 6_371_008.8
const RAD = Math.PI / 180

/** Thailand's bounding box (generous by a few km), used to catch coordinates that cannot be Thai. */
export const THAILAND_BBOX = { minLat: 5.5, maxLat: 20.5, minLng: 97.3, maxLng: 105.7 } as const

/** Grid step of `coarsen`, in degrees: 0.005° ≈ 555 m north–south, ≈ 540 m east–west in Bangkok. */
export const COARSE_GRID_DEG = 0.005

export type AreaGeometry = Polygon | MultiPolygon

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD
  const dLng = (b.lng - a.lng) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  return distanceM(a, b) / 1000
}

/** Whether the point lies inside Thailand's bounding box. */
export function isInThailand(p: LatLng): boolean {
  const box = THAILAND_BBOX
  return p.lat >= box.minLat && p.lat <= box.maxLat && p.lng >= box.minLng && p.lng <= box.maxLng
}

function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

function ringContains(ring: Position[], p: LatLng): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? []
    const [xj = 0, yj = 0] = ring[j] ?? []
    if (yi > p.lat !== yj > p.lat && p.lng < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Whether the point is inside the (multi)polygon: inside an outer ring and not inside one of its holes. */
export function pointInPolygon(p: LatLng, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) => outer !== undefined && ringContains(outer, p) && !holes.some((hole) => ringContains(hole, p)),
  )
}

/**
 * Shortest distance in metres from the point to any edge of the (multi)polygon, holes included.
 * Uses a flat projection centred on the point: exact enough (< 0.1 %) within a few kilometres.
 */
export function distanceToBoundaryM(p: LatLng, geometry: AreaGeometry): number {
  const mPerDegLat = EARTH_RADIUS_M * RAD
  const mPerDegLng = mPerDegLat * Math.cos(p.lat * RAD)
  const project = ([lng = 0, lat = 0]: Position): [number, number] => [(lng - p.lng) * mPerDegLng, (lat - p.lat) * mPerDegLat]
  let best = Infinity
  for (const ring of polygonsOf(geometry).flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = project(ring[i - 1] ?? [])
      const [bx, by] = project(ring[i] ?? [])
      best = Math.min(best, distanceToSegmentFromOrigin(ax, ay, bx, by))
    }
  }
  return best
}

function distanceToSegmentFromOrigin(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax
  const dy = by - ay
  const lengthSquared = dx * dx + dy * dy
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared))
  return Math.hypot(ax + t * dx, ay + t * dy)
}

/** Snaps a position to the centre of its cell on a ~500 m grid, so an approximate place shows an area, not a spot. */
export function coarsen(lat: number, lng: number): LatLng {
  const snap = (value: number): number => roundTo((Math.floor(value / COARSE_GRID_DEG) + 0.5) * COARSE_GRID_DEG, 6)
  return { lat: snap(lat), lng: snap(lng) }
}

/** Rounds to a number of decimal places (6 decimals ≈ 0.1 m). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/**
 * A point well inside the (multi)polygon, for a label: the middle of the widest inside stretch
 * along a few horizontal lines across it. Unlike a centroid it never falls outside a concave shape.
 */
export function interiorPoint(geometry: AreaGeometry, lines = 16): LatLng {
  const rings = polygonsOf(geometry).flat()
  const lats = rings.flat().map(([, lat = 0]) => lat)
  const minLat = Math.min(...lats)
  const maxLat = Math.max(...lats)
  let best = { width: -1, point: { lat: (minLat + maxLat) / 2, lng: rings[0]?.[0]?.[0] ?? 0 } }
  for (let k = 1; k < lines; k++) {
    const lat = minLat + ((maxLat - minLat) * k) / lines
    const crossings = rings.flatMap((ring) => crossingsAt(ring, lat)).sort((a, b) => a - b)
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const west = crossings[i] ?? 0
      const east = crossings[i + 1] ?? 0
      if (east - west > best.width) best = { width: east - west, point: { lat, lng: (west + east) / 2 } }
    }
  }
  return best.point
}

function crossingsAt(ring: Position[], lat: number): number[] {
  const xs: number[] = []
  for (let i = 1; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i - 1] ?? []
    const [x2 = 0, y2 = 0] = ring[i] ?? []
    if (y1 > lat !== y2 > lat) xs.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1))
  }
  return xs
}

/**
 * Douglas–Peucker simplification of a line of [lng, lat] positions: drops vertices that lie within
 * `toleranceM` metres of the simplified line (measured on a local flat projection, fine at city scale).
 * The first and last positions are always kept.
 */
export function simplifyLine(line: readonly Position[], toleranceM: number): Position[] {
  if (line.length <= 2) return line.map((p) => [...p])
  const [, lat0 = 0] = line[0] ?? []
  const metresPerDegLat = EARTH_RADIUS_M * RAD
  const metresPerDegLng = metresPerDegLat * Math.cos(lat0 * RAD)
  const xy = line.map(([lng = 0, lat = 0]) => [lng * metresPerDegLng, lat * metresPerDegLat] as const)
  const at = (i: number): readonly [number, number] => xy[i] ?? [0, 0]
  const keep = new Array<boolean>(line.length).fill(false)
  keep[0] = keep[line.length - 1] = true
  const stack: Array<[number, number]> = [[0, line.length - 1]]
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0]
    let farthest = -1
    let farthestM = toleranceM
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(at(i), at(first), at(last))
      if (d > farthestM) {
        farthest = i
        farthestM = d
      }
    }
    if (farthest !== -1) {
      keep[farthest] = true
      stack.push([first, farthest], [farthest, last])
    }
  }
  return line.filter((_, i) => keep[i]).map((p) => [...p])
}

function segmentDistance([px, py]: readonly [number, number], [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): number {
  const dx = bx - ax
  const dy = by - ay
  const lengthSq = dx * dx + dy * dy
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}
