import * as L from 'leaflet'
import type { Basemap } from '@common/basemap'
import type { ContextKind } from '@common/basemapLines'
import { areaLatLngs, lineLatLngs } from './basemapShapes'
import { districtLabelDetail } from './zoomRules'

/** Land fill and outline of the offline basemap: calm, light, and clearly not an empty grey box. */
const LAND = '#f4efe2'
const OUTLINE = '#8a7f68'

/**
 * Rivers, khlongs and railways: light enough to stay behind the markers, distinct from the solid
 * district outlines (water is blue, rail is dashed), legible from zoom 10 to 15.
 */
const LINE_STYLE: Record<ContextKind, L.PathOptions> = {
  river: { color: '#8ec1e3', weight: 4, opacity: 1, lineCap: 'round', lineJoin: 'round' },
  canal: { color: '#a9d0ea', weight: 1.5, opacity: 1 },
  rail: { color: '#7d776e', weight: 1.5, opacity: 1, dashArray: '6 4' },
}

export interface OfflineBasemap {
  /** Draws the district outlines and their names (replacing any drawn before). */
  setData(basemap: Basemap): void
  /** The district's outline bounds, or null when unknown or not loaded yet. */
  districtBounds(code: number): L.LatLngBounds | null
}

function labelContent(th: string, en: string): HTMLElement {
  const label = document.createElement('span')
  for (const [lang, text] of [['th', th], ['en', en]] as const) {
    const line = document.createElement('span')
    line.lang = lang
    line.className = `district-label__${lang}`
    line.textContent = text
    label.append(line)
  }
  return label
}

interface DistrictLabel {
  at: L.LatLngExpression
  th: string
  en: string
}

/**
 * District outlines, then rivers, khlongs and railways, drawn under the raster tiles (panes with a lower z-index), so they show through
 * whenever tiles are missing, failing or hidden offline. Names appear from city-district zoom on,
 * via a `data-labels` attribute on the map container that CSS reads. Sets `data-districts` (the
 * number of outlines drawn) on the container once the data is drawn.
 */
export function createOfflineBasemap(map: L.Map): OfflineBasemap {
  map.createPane('basemap').style.zIndex = '150'
  map.createPane('basemapLabels').style.zIndex = '160'
  // The map's own size: a padded canvas several times larger cost a long stall to allocate and fill.
  const renderer = L.canvas({ pane: 'basemap', padding: 0 })
  const outlines = L.layerGroup().addTo(map)
  // Added after the outlines on the same canvas, so the land fill never covers a line.
  const lines = L.layerGroup().addTo(map)
  // Leaflet measures every label it places, one layout each: they are made and added only while
  // the zoom shows them (none at the start zoom), and taken off the map when it zooms back out.
  const labels = L.layerGroup()
  let districtLabels: DistrictLabel[] = []
  const boundsByCode = new Map<number, L.LatLngBounds>()

  const container = map.getContainer()
  function showLabels(shown: boolean): void {
    if (!shown) {
      labels.remove()
      return
    }
    if (labels.getLayers().length === 0) {
      for (const { at, th, en } of districtLabels) {
        const label = L.tooltip({ permanent: true, direction: 'center', className: 'district-label', pane: 'basemapLabels', interactive: false })
        labels.addLayer(label.setLatLng(at).setContent(labelContent(th, en)))
      }
    }
    if (!map.hasLayer(labels)) labels.addTo(map)
  }
  const updateLabelDetail = (): void => {
    const detail = districtLabelDetail(map.getZoom())
    container.dataset.labels = detail
    showLabels(detail !== 'none')
  }
  // On 'zoom', which runs before the labels re-centre themselves, so they measure their new size.
  map.on('zoom', updateLabelDetail)
  updateLabelDetail()

  function setData(basemap: Basemap): void {
    outlines.clearLayers()
    lines.clearLayers()
    labels.clearLayers()
    boundsByCode.clear()
    const outline: L.PathOptions = { renderer, interactive: false, color: OUTLINE, weight: 1, opacity: 1, fillColor: LAND, fillOpacity: 1 }
    for (const { geometry, properties } of basemap.features) {
      const district = L.polygon(areaLatLngs(geometry), outline).addTo(outlines)
      boundsByCode.set(properties.code, district.getBounds())
    }
    districtLabels = basemap.features.map(({ properties: { label: [lng, lat], name_th, name_en } }) => ({ at: [lat, lng], th: name_th, en: name_en }))
    for (const { geometry, properties } of basemap.context?.features ?? []) {
      L.polyline(lineLatLngs(geometry), { renderer, interactive: false, ...LINE_STYLE[properties.kind] }).addTo(lines)
    }
    container.dataset.districts = String(boundsByCode.size)
    updateLabelDetail()
  }

  return {
    setData,
    districtBounds: (code) => boundsByCode.get(code) ?? null,
  }
}
