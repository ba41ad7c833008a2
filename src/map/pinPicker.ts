import 'leaflet/dist/leaflet.css'
import './placeMap.css'
import * as L from 'leaflet'
import { DEFAULT_TILE_URL } from '@/domain/deployment'
import { roundTo } from '@common/geo'
import type { LatLng } from '@common/place'
import { DEFAULT_TILE_ATTRIBUTION } from './sourcesControl'
import { createTileBasemap } from './tileBasemap'

export interface PinPicker {
  /** Moves the map so the pin is at `point`; `isPersonsPosition` (use my location) withholds the tiles there. */
  setPin(point: LatLng, isPersonsPosition: boolean): void
  destroy(): void
}

const PIN_ZOOM = 17
const envString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/**
 * A small map whose centre is the pin: the volunteer drags the map until the cross marks the door.
 * `onMove` gets the centre, to 6 decimals, after each move. Around the person's own position
 * ("use my location") no tiles load, as on the resident's map.
 */
export function createPinPicker(element: HTMLElement, start: LatLng, onMove: (point: LatLng) => void): PinPicker {
  element.classList.add('place-map')
  const map = L.map(element, { zoomControl: true, minZoom: 9, maxZoom: 19 })
  map.setView(start, PIN_ZOOM)
  // Build-time configuration (VITE_TILE_ATTRIBUTION), never data from the network.
  map.attributionControl.setPrefix(false).addAttribution(envString(import.meta.env.VITE_TILE_ATTRIBUTION) ?? DEFAULT_TILE_ATTRIBUTION)
  const tiles = createTileBasemap(map, envString(import.meta.env.VITE_TILE_URL) ?? DEFAULT_TILE_URL, (mode) => {
    element.dataset.basemap = mode
  })
  const report = (): void => {
    const centre = map.getCenter()
    element.dataset.pin = `${roundTo(centre.lat, 6)},${roundTo(centre.lng, 6)}`
    onMove({ lat: roundTo(centre.lat, 6), lng: roundTo(centre.lng, 6) })
  }
  map.on('dragend zoomend', report)

  return {
    setPin(point, isPersonsPosition) {
      tiles.setPositionShown(isPersonsPosition)
      map.setView(point, PIN_ZOOM, { animate: false })
    },
    destroy() {
      tiles.destroy()
      map.remove()
    },
  }
}
