import * as L from 'leaflet'
import { createTileHealth } from './tileHealth'

export type BasemapMode = 'tiles' | 'offline'

export interface TileBasemap {
  destroy(): void
}

/**
 * Raster tiles over the offline basemap. Hidden while the device is offline or after repeated tile
 * errors, so the district outlines beneath show instead of a grey box; tried again on reconnect.
 * The tile requests keep the page's Referer (OpenStreetMap's tile policy asks for one).
 */
export function createTileBasemap(map: L.Map, url: string, onModeChange: (mode: BasemapMode) => void): TileBasemap {
  const tiles = L.tileLayer(url, { maxZoom: 19, className: 'map-tiles' })
  const health = createTileHealth()
  let online = navigator.onLine
  let failing = false

  function update(): void {
    const show = online && !failing
    if (show && !map.hasLayer(tiles)) tiles.addTo(map)
    if (!show && map.hasLayer(tiles)) tiles.remove()
    onModeChange(show ? 'tiles' : 'offline')
  }

  tiles.on('tileload', () => health.loaded())
  tiles.on('tileerror', () => {
    if (!failing && health.failed()) {
      failing = true
      update()
    }
  })

  const onOnline = (): void => {
    online = true
    failing = false
    health.reset()
    update()
  }
  const onOffline = (): void => {
    online = false
    update()
  }
  window.addEventListener('online', onOnline)
  window.addEventListener('offline', onOffline)
  update()

  return {
    destroy() {
      window.removeEventListener('online', onOnline)
      window.removeEventListener('offline', onOffline)
    },
  }
}
