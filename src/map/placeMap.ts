import 'leaflet/dist/leaflet.css'
import './placeMap.css'
import * as L from 'leaflet'
import { DEFAULT_TILE_URL } from '@/domain/deployment'
import type { Basemap } from '@common/basemap'
import type { LatLng, Place } from '@common/place'
import type { GeoBounds } from '@/domain/mapView'
import { createOfflineBasemap } from './offlineBasemap'
import { createPlaceLayers } from './placeLayers'
import { DEFAULT_TILE_ATTRIBUTION, SourcesControl } from './sourcesControl'
import { createTileBasemap, type BasemapMode } from './tileBasemap'
import { visibleBand } from './visibleBand'

export type { BasemapMode } from './tileBasemap'

/** Words the map draws itself, in the person's language. */
export interface MapLabels {
  zoomIn: string
  zoomOut: string
  sources: string
  /** What the offline basemap draws from OpenStreetMap, before its credit: "rivers, khlongs, railways". */
  offlineLines: string
}

export interface PlaceMapOptions {
  /** Called when the person taps a place. */
  onSelect: (id: string) => void
  labels: MapLabels
  onBasemapModeChange?: (mode: BasemapMode) => void
  /** Raster tile URL template; defaults to VITE_TILE_URL, then OpenStreetMap. */
  tileUrl?: string
  /** HTML credit for the tiles; defaults to VITE_TILE_ATTRIBUTION, then OpenStreetMap's. */
  tileAttribution?: string
  /** Starts on practice data (see setDemo): no tile is ever asked for. */
  demo?: boolean
}

export type PanMode = 'centre' | 'reveal'

export interface PlaceMapController {
  /** Draws these places; those without a location (hidden) are skipped. */
  setPlaces(places: readonly Place[]): void
  /**
   * Highlights the place. `pan: 'centre'` brings it to the middle of the part of the map nothing
   * covers (zoom ≥ 14); `pan: 'reveal'` moves the map only if the place is hidden (e.g. under the sheet).
   */
  setSelected(id: string | null, options?: { pan?: PanMode }): void
  /** Draws the offline basemap (district outlines and names). */
  setBasemap(basemap: Basemap): void
  /** The attribution lines of the data under the map. */
  setSourceLines(lines: readonly string[]): void
  /** Fits the map to a district's outline (as soon as the basemap is loaded). */
  fitDistrict(code: number): void
  /** Fits the map to these points (one point: centres on it at `maxZoom`). */
  fitTo(points: readonly LatLng[], options?: { maxZoom?: number }): void
  /** Fits the map to this box, e.g. the person's position and the first places of the list. */
  fitBounds(bounds: GeoBounds): void
  /** Back to the whole of Bangkok and Samut Prakan. */
  fitArea(): void
  /**
   * Shows where the person is, or removes the dot. Never stored. Call before moving the map to the
   * position: while it is shown, no tiles are loaded (the offline basemap is drawn instead), and they
   * come back only after the map has moved on.
   */
  showPosition(position: LatLng | null): void
  setLabels(labels: MapLabels): void
  /**
   * Marks every place as practice data (a workshop's demo dataset): a dotted ring round each marker,
   * `data-demo` on the map, and no tiles (the offline basemap only: nothing comes from outside the room).
   */
  setDemo(demo: boolean): void
  /** Removes the map and every listener. */
  destroy(): void
}

/** Bangkok and Samut Prakan: the extent of the district outlines in geo/boundaries. */
const AREA_BOUNDS = L.latLngBounds([13.478, 100.328], [13.955, 100.961])
/**
 * Panning stops one area-width beyond the area: the map cannot get lost, neighbouring provinces stay
 * in reach, and a place near the edge can still be moved up above the place sheet.
 */
const PAN_LIMIT = AREA_BOUNDS.pad(1)
/** Zoom at which a selected place and its street can be seen. */
const SELECTED_MIN_ZOOM = 14
const SINGLE_POINT_ZOOM = 15
const FIT_PADDING = L.point(24, 24)
/** How far inside the uncovered part of the map a place must be to count as shown. */
const REVEAL_MARGIN_PX = 24

function envString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * Creates the resident's map in `element`: offline basemap beneath, raster tiles when they work,
 * places on one canvas. Sets on `element`: data-basemap ("tiles" | "offline"), data-labels, data-zoom, data-view,
 * data-markers-painted and data-kinds (after the canvas has drawn), data-selected.
 */
export function createPlaceMap(element: HTMLElement, options: PlaceMapOptions): PlaceMapController {
  element.classList.add('place-map')
  const map = L.map(element, {
    preferCanvas: true,
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0.25,
    minZoom: 9,
    maxZoom: 18,
    maxBounds: PAN_LIMIT,
    maxBoundsViscosity: 0.8,
  })
  map.fitBounds(AREA_BOUNDS)

  L.control.zoom({ position: 'topright' }).addTo(map)
  const sources = new SourcesControl(
    options.tileAttribution ?? envString(import.meta.env.VITE_TILE_ATTRIBUTION) ?? DEFAULT_TILE_ATTRIBUTION,
  )
  sources.addTo(map)
  setLabels(options.labels)

  const basemap = createOfflineBasemap(map)
  const tiles = createTileBasemap(map, options.tileUrl ?? envString(import.meta.env.VITE_TILE_URL) ?? DEFAULT_TILE_URL, (mode) => {
    element.dataset.basemap = mode
    sources.setMode(mode)
    options.onBasemapModeChange?.(mode)
  }, options.demo ?? false)
  const places = createPlaceLayers(map, options.onSelect)

  const showView = (): void => {
    element.dataset.zoom = String(map.getZoom())
    const bounds = map.getBounds()
    element.dataset.view = [bounds.getSouth(), bounds.getWest(), bounds.getNorth(), bounds.getEast()].map((d) => d.toFixed(5)).join(',')
  }
  map.on('zoomend moveend resize', showView)
  showView()

  let selectedId: string | null = null
  let pendingDistrict: number | null = null
  let firstPaintMarked = false
  let paintFrame = 0
  // Leaflet keeps its size until told; the page layout (and the phone's rotation) can change it.
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => map.invalidateSize())
  resizeObserver?.observe(element)

  function setLabels(labels: MapLabels): void {
    for (const [selector, text] of [
      ['.leaflet-control-zoom-in', labels.zoomIn],
      ['.leaflet-control-zoom-out', labels.zoomOut],
    ] as const) {
      const button = element.querySelector(selector)
      button?.setAttribute('title', text)
      button?.setAttribute('aria-label', text)
    }
    sources.setWords(labels.sources, labels.offlineLines)
  }

  function highlightSelected(): L.LatLng | null {
    const position = places.select(selectedId)
    if (position && selectedId !== null) element.dataset.selected = selectedId
    else delete element.dataset.selected
    return position
  }

  function setPlaces(list: readonly Place[]): void {
    const drawn = places.setPlaces(list)
    highlightSelected()
    cancelAnimationFrame(paintFrame)
    // Leaflet paints the canvas in an animation frame it queued while the markers were added; this one runs after it.
    paintFrame = requestAnimationFrame(() => {
      element.dataset.markersPainted = String(drawn.count)
      element.dataset.kinds = drawn.kinds.join(',')
      if (!firstPaintMarked && drawn.count > 0) {
        firstPaintMarked = true
        performance.mark('first-marker-painted')
      }
    })
  }

  function setSelected(id: string | null, { pan }: { pan?: PanMode } = {}): void {
    selectedId = id
    const position = highlightSelected()
    if (position && pan) bringIntoView(position, pan)
  }

  // The place sheet covers the lower part of a phone's map, so "the middle" is the middle of what shows.
  function bringIntoView(position: L.LatLng, pan: PanMode): void {
    const size = map.getSize()
    const band = visibleBand(element) ?? { top: 0, bottom: size.y }
    if (pan === 'reveal') {
      const { x, y } = map.latLngToContainerPoint(position)
      const shown = y >= band.top + REVEAL_MARGIN_PX && y <= band.bottom - REVEAL_MARGIN_PX && x >= 0 && x <= size.x
      if (shown) return
    }
    const zoom = pan === 'centre' ? Math.max(map.getZoom(), SELECTED_MIN_ZOOM) : map.getZoom()
    const place = map.project(position, zoom)
    // 'centre' also centres it across; 'reveal' keeps it where it is across and only moves the map up or down.
    const x = pan === 'centre' ? place.x : map.project(map.getCenter(), zoom).x
    const y = place.y + size.y / 2 - (band.top + band.bottom) / 2
    map.setView(map.unproject(L.point(x, y), zoom), zoom)
  }

  function fitDistrict(code: number): void {
    const bounds = basemap.districtBounds(code)
    pendingDistrict = bounds ? null : code
    if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING })
  }

  function fitTo(points: readonly LatLng[], { maxZoom = SINGLE_POINT_ZOOM } = {}): void {
    pendingDistrict = null
    const [first] = points
    if (!first) return
    if (points.length === 1) map.setView([first.lat, first.lng], maxZoom)
    else map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), { padding: FIT_PADDING, maxZoom })
  }

  function fitBounds({ south, west, north, east }: GeoBounds): void {
    pendingDistrict = null
    map.fitBounds(L.latLngBounds([south, west], [north, east]), { padding: FIT_PADDING, maxZoom: SINGLE_POINT_ZOOM })
  }

  return {
    setPlaces,
    setSelected,
    setBasemap(data) {
      basemap.setData(data)
      if (pendingDistrict !== null) fitDistrict(pendingDistrict)
    },
    setSourceLines: (lines) => sources.setLines(lines),
    fitDistrict,
    fitTo,
    fitBounds,
    fitArea() {
      pendingDistrict = null
      map.fitBounds(AREA_BOUNDS)
    },
    showPosition(position) {
      tiles.setPositionShown(position !== null)
      places.showPosition(position)
    },
    setLabels,
    setDemo(demo) {
      places.setDemo(demo)
      tiles.setWithheld(demo)
      if (demo) element.dataset.demo = 'true'
      else delete element.dataset.demo
    },
    destroy() {
      cancelAnimationFrame(paintFrame)
      resizeObserver?.disconnect()
      tiles.destroy()
      map.remove()
    },
  }
}
