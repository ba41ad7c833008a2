import { TILE_CACHE } from '@/pwa/cacheNames'
import { onQuickExit } from './sensitiveState'

/** Deletes the service worker's cache of viewed map tiles, which shows the areas looked at. */
function clearTileCache(): void {
  // Started before the page leaves; the browser finishes a cache deletion it has begun.
  if (typeof caches !== 'undefined') void caches.delete(TILE_CACHE).catch(() => undefined)
}

/** Registers the tile-cache deletion as a quick-exit wipe; returns the function that unregisters it. */
export function registerTileCacheWipe(): () => void {
  return onQuickExit(clearTileCache)
}
