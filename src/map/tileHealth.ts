/** Tile errors in a row, with no tile loading in between, after which the tile server counts as unreachable. */
export const TILE_ERRORS_BEFORE_FALLBACK = 4

export interface TileHealth {
  /** Records a failed tile; true when the tiles should give way to the offline basemap. */
  failed(): boolean
  /** Records a tile that loaded. */
  loaded(): void
  reset(): void
}

/** Decides when raster tiles are failing often enough to hide them. */
export function createTileHealth(limit = TILE_ERRORS_BEFORE_FALLBACK): TileHealth {
  let errorsInARow = 0
  return {
    failed() {
      errorsInARow += 1
      return errorsInARow >= limit
    },
    loaded() {
      errorsInARow = 0
    },
    reset() {
      errorsInARow = 0
    },
  }
}
