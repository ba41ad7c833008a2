/** How much of a district's name the offline basemap shows. */
export type LabelDetail = 'none' | 'th' | 'both'

/** Zoom from which district names fit inside their outline: Thai first, English from one level closer. */
export const LABEL_ZOOM = { th: 12, both: 13 } as const

/** Which district labels to show at a zoom level. */
export function districtLabelDetail(zoom: number): LabelDetail {
  if (zoom >= LABEL_ZOOM.both) return 'both'
  if (zoom >= LABEL_ZOOM.th) return 'th'
  return 'none'
}
