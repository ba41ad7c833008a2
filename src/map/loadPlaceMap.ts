import type * as PlaceMapModule from './placeMap'

let loading: Promise<typeof PlaceMapModule> | undefined

/**
 * The map's code with Leaflet and its CSS: a chunk of its own, loaded once, when the map is about to
 * show (the app shell asks for it as soon as it knows the map is the first screen). Never loaded
 * behind the first-run safety notice.
 */
export function loadPlaceMap(): Promise<typeof PlaceMapModule> {
  loading ??= import('./placeMap')
  return loading
}
