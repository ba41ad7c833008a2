import KDBush from 'kdbush'
import type { GeoBounds } from '@/domain/mapView'
import { placesInBox, type DrawnPlaces } from './drawnPlaces'

/** Places that share one grid cell at a zoom, drawn as one badge with their count; a tap zooms to their bounds. */
export interface PlaceGroup {
  /** Mean position of its places: where the badge is drawn. */
  lat: number
  lng: number
  count: number
  bounds: GeoBounds
}

/** What the map draws at one whole zoom level: places alone, and groups of places in dense cells. */
export interface ZoomPlan {
  /** Whether each place (by id, a position in drawing order) is drawn alone at this zoom. */
  alone: (id: number) => boolean
  /** Ids (ascending, drawing order) of the places drawn alone inside the box. */
  aloneInBox: (box: GeoBounds) => Uint32Array
  /** The groups whose badge lies inside the box. */
  groupsInBox: (box: GeoBounds) => PlaceGroup[]
}

export interface GroupingRules {
  /** Grid cell size at the zoom, in CSS pixels. */
  cellPx: number
  /** A cell with at least this many places becomes a group. */
  minGroupSize: number
  /** Datasets up to this size are drawn place by place at every zoom (drawing them is cheap). */
  groupAbove: number
  /** From this zoom on every place is drawn alone, so any place can be tapped. */
  aloneFromZoom: number
}

/**
 * At national scale and city-wide zooms thousands of markers overlap and stamping them all blocked
 * a pan end for a second (issue #14); a group badge per dense cell draws the same area in a few hundred.
 * Cells are on the world's pixel grid at that zoom, so a pan never moves a place between groups.
 */
export const GROUPING: GroupingRules = { cellPx: 48, minGroupSize: 5, groupAbove: 1_000, aloneFromZoom: 16 }

const TILE_PX = 256

/** A point's position on the Web Mercator world (Leaflet's EPSG:3857) at zoom 0, in pixels. */
function worldPixel(lat: number, lng: number): { x: number; y: number } {
  const sin = Math.sin((lat * Math.PI) / 180)
  return { x: ((lng + 180) / 360) * TILE_PX, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE_PX }
}

const everyPlace = (drawn: DrawnPlaces): ZoomPlan => ({
  alone: () => true,
  aloneInBox: (box) => placesInBox(drawn, box),
  groupsInBox: () => [],
})

/** How the drawn places are shown at a whole zoom level: alone, or grouped where a grid cell holds many. */
export function zoomPlan(drawn: DrawnPlaces, zoom: number, rules: GroupingRules = GROUPING): ZoomPlan {
  if (drawn.places.length <= rules.groupAbove || zoom >= rules.aloneFromZoom) return everyPlace(drawn)
  const cellWorldPx = rules.cellPx / 2 ** zoom
  const cells = new Map<number, number[]>()
  drawn.places.forEach(({ location }, id) => {
    const { x, y } = worldPixel(location.lat, location.lng)
    const key = Math.floor(x / cellWorldPx) * 2 ** 26 + Math.floor(y / cellWorldPx)
    const members = cells.get(key)
    if (members) members.push(id)
    else cells.set(key, [id])
  })
  const isAlone = new Uint8Array(drawn.places.length)
  const aloneIds: number[] = []
  const groups: PlaceGroup[] = []
  for (const members of cells.values()) {
    if (members.length < rules.minGroupSize) {
      for (const id of members) isAlone[id] = 1
      aloneIds.push(...members)
    } else {
      groups.push(groupOf(drawn, members))
    }
  }
  aloneIds.sort((a, b) => a - b)
  const aloneTree = indexPoints(aloneIds.map((id) => drawn.places[id]!.location))
  const groupTree = indexPoints(groups)
  return {
    alone: (id) => isAlone[id] === 1,
    aloneInBox: (box) => (aloneIds.length === 0 ? new Uint32Array(0) : Uint32Array.from(inBox(aloneTree, box), (i) => aloneIds[i]!).sort()),
    groupsInBox: (box) => (groups.length === 0 ? [] : inBox(groupTree, box).map((i) => groups[i]!)),
  }
}

function groupOf(drawn: DrawnPlaces, members: readonly number[]): PlaceGroup {
  let lat = 0
  let lng = 0
  const bounds = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity }
  for (const id of members) {
    const { location } = drawn.places[id]!
    lat += location.lat
    lng += location.lng
    bounds.south = Math.min(bounds.south, location.lat)
    bounds.north = Math.max(bounds.north, location.lat)
    bounds.west = Math.min(bounds.west, location.lng)
    bounds.east = Math.max(bounds.east, location.lng)
  }
  return { lat: lat / members.length, lng: lng / members.length, count: members.length, bounds }
}

function indexPoints(points: ReadonlyArray<{ lat: number; lng: number }>): KDBush {
  const tree = new KDBush(Math.max(points.length, 1))
  for (const { lat, lng } of points) tree.add(lng, lat)
  if (points.length === 0) tree.add(0, 0) // kdbush cannot index nothing; callers never query an empty plan's tree
  return tree.finish()
}

const inBox = (tree: KDBush, { south, west, north, east }: GeoBounds): number[] => tree.range(west, south, east, north)
