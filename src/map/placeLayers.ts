import * as L from 'leaflet'
import { PLACE_KINDS, type LatLng, type Place, type PlaceKind } from '@common/place'
import type { GeoBounds } from '@/domain/mapView'
import { boxAround, drawnPlaces, placesInBox, type DrawnPlaces, type LocatedPlace } from './drawnPlaces'
import { APPROXIMATE_DASH, KIND_APPEARANCE } from './kindAppearance'
import { PlaceDots } from './placeDots'
import { GROUPING } from './placeGroups'
import { showsAreas } from './zoomRules'

/** Extra reach of a tap around a marker, so its target is at least 44 px across on a phone. */
export const TAP_TOLERANCE_PX = 14

/** Room left around a group's places when the map zooms into them. */
const GROUP_ZOOM_PADDING = L.point(48, 48)

/** Radius Leaflet draws an approximate place's area with when the data gives none (the build's grid). */
const DEFAULT_UNCERTAINTY_M = 500

export interface DrawnSummary {
  /** Places on the map (hidden places never are). */
  count: number
  /** Kinds with at least one place on the map, in PLACE_KINDS order. */
  kinds: PlaceKind[]
}

export interface PlaceLayers {
  /** Draws the places that have a location, in place of those drawn before. Call `select` afterwards. */
  setPlaces(places: readonly Place[]): DrawnSummary
  /** Highlights the place (drawing the halo again); returns its position, or null when it is not on the map. */
  select(id: string | null): L.LatLng | null
  /** Shows where the person is (in memory only), or removes the dot. */
  showPosition(position: LatLng | null): void
  /** Rings every marker as practice data (a workshop's demo dataset), or stops. */
  setDemo(demo: boolean): void
}

/**
 * The places, the selection halo and the position dot, all on one canvas (one canvas, so every tap
 * reaches it). Markers are one layer (PlaceDots) that draws only what is in view; the dashed area of
 * an approximate place is a Leaflet circle made only while it is in view at a zoom that shows areas.
 */
export function createPlaceLayers(map: L.Map, onSelect: (id: string) => void): PlaceLayers {
  const renderer = L.canvas({ tolerance: TAP_TOLERANCE_PX, padding: 0.3 })
  let drawn: DrawnPlaces = drawnPlaces([], PLACE_KINDS, DEFAULT_UNCERTAINTY_M)
  let selectedId: string | null = null
  const dots = new PlaceDots(renderer).addTo(map)
  const areas = new Map<LocatedPlace, L.Circle>()
  let positionDot: L.CircleMarker | null = null

  dots.on('click', (event) => {
    const hit = dots.hitAt((event as L.LeafletMouseEvent).layerPoint)
    if (hit && 'place' in hit) onSelect(hit.place.id)
    else if (hit) zoomInto(hit.group.bounds)
  })

  // A group's places spread apart as the map zooms in: into their box, at least one level closer.
  function zoomInto({ south, west, north, east }: GeoBounds): void {
    const bounds = L.latLngBounds([south, west], [north, east])
    const zoom = Math.min(Math.max(map.getBoundsZoom(bounds, false, GROUP_ZOOM_PADDING), Math.floor(map.getZoom()) + 1), GROUPING.aloneFromZoom)
    map.setView(bounds.getCenter(), zoom)
  }

  function areaOf(place: LocatedPlace): L.Circle {
    const { color } = KIND_APPEARANCE[place.kind]
    const area = L.circle([place.location.lat, place.location.lng], {
      renderer,
      radius: place.location.uncertaintyM ?? DEFAULT_UNCERTAINTY_M,
      color,
      weight: 1.5,
      dashArray: APPROXIMATE_DASH,
      fillColor: color,
      fillOpacity: 0.06,
    })
    area.on('click', () => onSelect(place.id))
    return area
  }

  // Only the areas that reach into the view exist; pan ends add those that came in and drop those that left.
  function updateAreas(): void {
    const wanted = new Set<LocatedPlace>()
    if (showsAreas(map.getZoom())) {
      const view = map.getBounds().pad(0.3)
      const box = boxAround({ south: view.getSouth(), west: view.getWest(), north: view.getNorth(), east: view.getEast() }, drawn.largestUncertaintyM)
      for (const id of placesInBox(drawn, box)) {
        const place = drawn.places[id]!
        // A place counted in a group's badge has no marker of its own for an area to belong to.
        if (place.visibility === 'approximate' && dots.drawsAlone(id)) wanted.add(place)
      }
    }
    for (const [place, area] of areas) {
      if (wanted.has(place)) continue
      area.remove()
      areas.delete(place)
    }
    for (const place of wanted) {
      if (areas.has(place)) continue
      const area = areaOf(place).addTo(map)
      // Areas stay beneath every marker, so a tap on a marker inside someone's area reaches the marker.
      area.bringToBack()
      areas.set(place, area)
    }
  }
  map.on('moveend', updateAreas)

  function setPlaces(places: readonly Place[]): DrawnSummary {
    drawn = drawnPlaces(places, PLACE_KINDS, DEFAULT_UNCERTAINTY_M)
    dots.setDrawn(drawn, selectedId)
    updateAreas()
    return { count: drawn.places.length, kinds: [...drawn.kinds] }
  }

  function select(id: string | null): L.LatLng | null {
    selectedId = id
    if (!dots.setSelected(id) || id === null) return null
    const { lat, lng } = drawn.places[drawn.indexOf.get(id)!]!.location
    return L.latLng(lat, lng)
  }

  function showPosition(position: LatLng | null): void {
    positionDot?.remove()
    positionDot = null
    if (!position) return
    // Added after the markers, so drawn above them.
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

  return { setPlaces, select, showPosition, setDemo: (demo) => dots.setDemo(demo) }
}
