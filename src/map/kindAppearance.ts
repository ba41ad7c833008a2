import type { PlaceKind } from '@common/place'
import type { MarkerShape } from './markerShapes'

/** How one kind of place is drawn: a colour AND a shape, so no one has to tell kinds apart by colour alone. */
export interface KindAppearance {
  shape: MarkerShape
  /** Fill colour (hex). Okabe–Ito hues, which stay distinct for colour-blind readers; shelter (never on the map) is the one extra. */
  color: string
  /** Radius in CSS pixels on the map; OSCC hospitals, the core of the service, are drawn a little larger. */
  radius: number
}

/**
 * The kind → appearance table used by the map, its legend and any list item that shows a kind.
 * Shelters are never drawn on the map (their location is hidden); the legend still shows their symbol.
 * Imports no Leaflet, so any component may use it.
 */
export const KIND_APPEARANCE: Readonly<Record<PlaceKind, KindAppearance>> = {
  oscc_hospital: { shape: 'star', color: '#d55e00', radius: 10 },
  hospital: { shape: 'cross', color: '#cc79a7', radius: 8 },
  police_station: { shape: 'triangle', color: '#0072b2', radius: 8 },
  safe_house: { shape: 'house', color: '#009e73', radius: 8 },
  community: { shape: 'circle', color: '#e69f00', radius: 8 },
  shelter: { shape: 'hexagon', color: '#7b3fa0', radius: 8 },
  support_org: { shape: 'diamond', color: '#56b4e9', radius: 8 },
}

/** Outline of every marker: dark, so even the light fills keep 3:1 contrast against tiles and the offline basemap. */
export const MARKER_OUTLINE = '#1d1d1f'

/** Fill behind the selected place, the app's focus colour. */
export const SELECTED_HALO = '#ffbf47'

/** Dash pattern (px) of the area drawn for a place whose location is approximate. */
export const APPROXIMATE_DASH = '6 5'
