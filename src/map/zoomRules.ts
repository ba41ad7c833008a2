/** How much of a district's name the offline basemap shows. */
export type LabelDetail = 'none' | 'th' | 'both'

/** Zoom from which district names fit inside their outline: Thai first, English from one level closer. */
export const LABEL_ZOOM = { th: 12, both: 13 } as const

/**
 * Zoom from which approximate places show their dashed area. Further out a 1–3 km area is no bigger
 * than the marker itself, and a hundred overlapping rings hide the markers they belong to.
 */
export const AREA_MIN_ZOOM = 12

/** Which district labels to show at a zoom level. */
export function districtLabelDetail(zoom: number): LabelDetail {
  if (zoom >= LABEL_ZOOM.both) return 'both'
  if (zoom >= LABEL_ZOOM.th) return 'th'
  return 'none'
}

/** Whether approximate places show their dashed area at a zoom level. */
export function showsAreas(zoom: number): boolean {
  return zoom >= AREA_MIN_ZOOM
}
