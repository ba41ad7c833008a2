import * as L from 'leaflet'
import type { Basemap } from '@common/basemap'
import { districtLabelDetail } from './zoomRules'

/** Land fill and outline of the offline basemap: calm, light, and clearly not an empty grey box. */
const LAND = '#f4efe2'
const OUTLINE = '#8a7f68'

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

/**
 * District outlines drawn under the raster tiles (panes with a lower z-index), so they show through
 * whenever tiles are missing, failing or hidden offline. Names appear from city-district zoom on,
 * via a `data-labels` attribute on the map container that CSS reads.
 */
export function createOfflineBasemap(map: L.Map): OfflineBasemap {
  map.createPane('basemap').style.zIndex = '150'
  map.createPane('basemapLabels').style.zIndex = '160'
  const renderer = L.canvas({ pane: 'basemap', padding: 0.5 })
  const outlines = L.layerGroup().addTo(map)
  const labels = L.layerGroup().addTo(map)
  const boundsByCode = new Map<number, L.LatLngBounds>()

  const container = map.getContainer()
  const updateLabelDetail = (): void => {
    container.dataset.labels = districtLabelDetail(map.getZoom())
  }
  // On 'zoom', which runs before the labels re-centre themselves, so they measure their new size.
  map.on('zoom', updateLabelDetail)
  updateLabelDetail()

  function setData(basemap: Basemap): void {
    outlines.clearLayers()
    labels.clearLayers()
    boundsByCode.clear()
    // GeoJSON hands its options to every polygon it makes, renderer included (not in @types/leaflet).
    const options: L.GeoJSONOptions & L.PathOptions = {
      renderer,
      interactive: false,
      style: { color: OUTLINE, weight: 1, opacity: 1, fillColor: LAND, fillOpacity: 1 },
    }
    const districts = L.geoJSON(basemap, options)
    districts.eachLayer((layer) => {
      const feature = (layer as L.Polygon & { feature: Basemap['features'][number] }).feature
      boundsByCode.set(feature.properties.code, (layer as L.Polygon).getBounds())
      const [lng, lat] = feature.properties.label
      const label = L.tooltip({ permanent: true, direction: 'center', className: 'district-label', pane: 'basemapLabels', interactive: false })
      labels.addLayer(label.setLatLng([lat, lng]).setContent(labelContent(feature.properties.name_th, feature.properties.name_en)))
    })
    outlines.addLayer(districts)
  }

  return {
    setData,
    districtBounds: (code) => boundsByCode.get(code) ?? null,
  }
}
