// The service worker's runtime caches, named once for pwaOptions.ts (build time) and the app (quick
// exit clears the tile cache). Relative imports only: vite.config.ts imports this too.

/** Content-addressed dataset files (`data/dataset.<hash>.json`). */
export const DATASET_CACHE = 'datasets'
/** Map tiles the person viewed. */
export const TILE_CACHE = 'map-tiles'
