import * as L from 'leaflet'
import { PLACE_KINDS, type LatLng, type Place, type PlaceKind } from '@common/place'
import { KIND_PRIORITY } from '@/domain/ranking'
import { APPROXIMATE_DASH, KIND_APPEARANCE, MARKER_OUTLINE, SELECTED_HALO } from './kindAppearance'
import { ShapeMarker } from './shapeMarker'
import { showsAreas } from './zoomRules'

/** Extra reach of a tap around a marker, so its target is at least 44 px across on a phone. */
export const TAP_TOLERANCE_PX = 14

/** Radius Leaflet draws an approximate place's area with when the data gives none (the build's grid). */
const DEFAULT_UNCERTAINTY_M = 500

export interface DrawnSummary {
  /** Places on the map (hidden places never are). */
  count: number
  /** Kinds with at least one place on the map, in PLACE_KINDS order. */
  kinds: PlaceKind[]
}

export interface PlaceLayers {
  /** Draws the places that have a location, reusing what is already drawn. Call `select` afterwards. */
  setPlaces(places: readonly Place[]): DrawnSummary
  /** Highlights the place (drawing the halo again); returns its position, or null when it is not on the map. */
  select(id: string | null): L.LatLng | null
  /** Shows where the person is (in memory only), or removes the dot. */
  showPosition(position: LatLng | null): void
}

interface Drawn {
  place: Place
  marker: ShapeMarker
  /** The dashed area of an approximate place. */
  area: L.Circle | null
}

function drawsTheSame(a: Place, b: Place): boolean {
  if (a === b) return true
  const p = a.location
  const q = b.location
  return a.kind === b.kind && a.visibility === b.visibility && p?.lat === q?.lat && p?.lng === q?.lng && p?.uncertaintyM === q?.uncertaintyM
}

/** The places, the selection halo and the position dot, all on one canvas (one canvas, so every tap reaches it). */
export function createPlaceLayers(map: L.Map, onSelect: (id: string) => void): PlaceLayers {
  const renderer = L.canvas({ tolerance: TAP_TOLERANCE_PX, padding: 0.3 })
  const group = L.featureGroup().addTo(map)
  // Dashed areas of approximate places, on the map only from district zoom on (see zoomRules).
  const areas = L.featureGroup()
  const idOf = new WeakMap<L.Layer, string>()
  const drawn = new Map<string, Drawn>()
  let halo: L.CircleMarker | null = null
  let positionDot: L.CircleMarker | null = null

  for (const layers of [group, areas]) {
    layers.on('click', (event) => {
      const id = idOf.get((event as L.LeafletEvent & { propagatedFrom: L.Layer }).propagatedFrom)
      if (id) onSelect(id)
    })
  }

  // Areas stay beneath every marker, so a tap on a marker inside someone's area reaches the marker.
  function keepAreasBeneath(): void {
    areas.eachLayer((area) => (area as L.Circle).bringToBack())
  }

  function updateAreas(): void {
    const show = showsAreas(map.getZoom())
    if (show && !map.hasLayer(areas)) {
      areas.addTo(map)
      keepAreasBeneath()
    }
    if (!show && map.hasLayer(areas)) areas.remove()
  }
  map.on('zoomend', updateAreas)
  updateAreas()

  function draw(place: Place, location: NonNullable<Place['location']>): Drawn {
    const { shape, color, radius } = KIND_APPEARANCE[place.kind]
    const approximate = place.visibility === 'approximate'
    const marker = new ShapeMarker([location.lat, location.lng], {
      renderer,
      shape,
      radius,
      color: approximate ? color : MARKER_OUTLINE,
      weight: approximate ? 2 : 1.5,
      fillColor: color,
      // A paler fill says "about here"; the dashed area around it says how far off it may be.
      fillOpacity: approximate ? 0.45 : 1,
    })
    const area = approximate
      ? L.circle([location.lat, location.lng], {
          renderer,
          radius: location.uncertaintyM ?? DEFAULT_UNCERTAINTY_M,
          color,
          weight: 1.5,
          dashArray: APPROXIMATE_DASH,
          fillColor: color,
          fillOpacity: 0.06,
        })
      : null
    idOf.set(marker, place.id)
    group.addLayer(marker)
    if (area) {
      idOf.set(area, place.id)
      areas.addLayer(area)
      if (map.hasLayer(areas)) area.bringToBack()
    }
    return { place, marker, area }
  }

  function erase({ marker, area }: Drawn): void {
    group.removeLayer(marker)
    if (area) areas.removeLayer(area)
  }

  // Where markers overlap, the most needed kinds (OSCC first) are drawn on top; the person's position above all.
  function restack(): void {
    const byKind = new Map<PlaceKind, ShapeMarker[]>(PLACE_KINDS.map((kind) => [kind, []]))
    for (const { place, marker } of drawn.values()) byKind.get(place.kind)?.push(marker)
    for (const kind of [...KIND_PRIORITY].reverse()) for (const marker of byKind.get(kind) ?? []) marker.bringToFront()
    positionDot?.bringToFront()
  }

  function summary(): DrawnSummary {
    const present = new Set<PlaceKind>()
    for (const { place } of drawn.values()) present.add(place.kind)
    return { count: drawn.size, kinds: PLACE_KINDS.filter((kind) => present.has(kind)) }
  }

  function setPlaces(places: readonly Place[]): DrawnSummary {
    const next = new Map<string, Place>()
    for (const place of places) if (place.location) next.set(place.id, place)
    for (const [id, entry] of drawn) {
      const place = next.get(id)
      if (!place || !drawsTheSame(entry.place, place)) {
        erase(entry)
        drawn.delete(id)
      }
    }
    let added = false
    for (const [id, place] of next) {
      if (drawn.has(id) || !place.location) continue
      drawn.set(id, draw(place, place.location))
      added = true
    }
    if (added) restack()
    return summary()
  }

  function select(id: string | null): L.LatLng | null {
    halo?.remove()
    halo = null
    const entry = id === null ? undefined : drawn.get(id)
    if (!entry) return null
    const position = entry.marker.getLatLng()
    halo = L.circleMarker(position, {
      renderer,
      radius: entry.marker.getRadius() + 7,
      color: MARKER_OUTLINE,
      weight: 2,
      fillColor: SELECTED_HALO,
      fillOpacity: 1,
      interactive: false,
    }).addTo(map)
    entry.marker.bringToFront()
    return position
  }

  function showPosition(position: LatLng | null): void {
    positionDot?.remove()
    positionDot = null
    if (!position) return
    positionDot = L.circleMarker([position.lat, position.lng], {
      renderer,
      radius: 8,
      color: '#ffffff',
      weight: 3,
      fillColor: '#1a5fd0',
      fillOpacity: 1,
      interactive: false,
    }).addTo(map)
  }

  return { setPlaces, select, showPosition }
}
