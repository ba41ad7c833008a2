import * as L from 'leaflet'
import { createTileHealth } from './tileHealth'

/** `private`: tiles withheld while the person's position is shown, so the tile host cannot tell where they are. */
export type BasemapMode = 'tiles' | 'offline' | 'private'

export interface TileBasemap {
  /**
   * Withholds the tiles while the person's position is on the map (call before moving to it). When
   * it goes, they come back after the next move: a view still around the position loads none.
   */
  setPositionShown(shown: boolean): void
  /** Withholds the tiles altogether (a workshop's practice data: nothing comes from outside the room). */
  setWithheld(withheld: boolean): void
  destroy(): void
}

/**
 * Raster tiles over the offline basemap. Hidden while the device is offline, after repeated tile
 * errors (so the district outlines beneath show instead of a grey box; tried again on reconnect) and
 * while the person's position is shown. Loaded with CORS, so the service worker can see an error as
 * one and keeps no opaque answers. The requests keep the page's Referer (OpenStreetMap's tile policy
 * asks for one): the tile host learns the app's address, never a path.
 */
export function createTileBasemap(map: L.Map, url: string, onModeChange: (mode: BasemapMode) => void, withheldAtStart = false): TileBasemap {
  const tiles = L.tileLayer(url, { maxZoom: 19, className: 'map-tiles', crossOrigin: 'anonymous' })
  const health = createTileHealth()
  let online = navigator.onLine
  let failing = false
  let positionShown = false
  let withheld = withheldAtStart

  function mode(): BasemapMode {
    if (positionShown) return 'private'
    return online && !failing && !withheld ? 'tiles' : 'offline'
  }

  function update(): void {
    const show = mode() === 'tiles'
    if (show && !map.hasLayer(tiles)) tiles.addTo(map)
    if (!show && map.hasLayer(tiles)) tiles.remove()
    onModeChange(mode())
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
  const afterLeavingPosition = (): void => {
    if (!positionShown) update()
  }
  window.addEventListener('online', onOnline)
  window.addEventListener('offline', onOffline)
  update()

  return {
    setPositionShown(shown) {
      if (shown === positionShown) return
      positionShown = shown
      map.off('moveend', afterLeavingPosition)
      if (shown) update()
      else map.once('moveend', afterLeavingPosition)
    },
    setWithheld(next) {
      if (next === withheld) return
      withheld = next
      update()
    },
    destroy() {
      map.off('moveend', afterLeavingPosition)
      window.removeEventListener('online', onOnline)
      window.removeEventListener('offline', onOffline)
    },
  }
}
