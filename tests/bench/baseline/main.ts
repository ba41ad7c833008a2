// The plain-Leaflet page the app is compared with (issue #14): the same published dataset drawn as
// canvas circle markers, a list of 15 names, no framework. It marks the first marker as the app does.
// eslint-disable-next-line no-restricted-imports -- this page is the plain Leaflet baseline by definition
import * as L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import type { Dataset, DatasetManifest } from '@common/place'
import { DEFAULT_TILE_URL } from '@/domain/deployment'

const LISTED_NAMES = 15

const manifest = (await (await fetch('data/manifest.json', { cache: 'no-cache' })).json()) as DatasetManifest
const dataset = (await (await fetch(`data/${manifest.file}`)).json()) as Dataset
const located = dataset.places.flatMap((place) => (place.location ? [{ place, at: L.latLng(place.location.lat, place.location.lng) }] : []))

const mapElement = document.getElementById('map')!
const map = L.map(mapElement, { preferCanvas: true }).fitBounds(L.latLngBounds(located.map(({ at }) => at)))
L.tileLayer(DEFAULT_TILE_URL, { attribution: '© OpenStreetMap' }).addTo(map)
for (const { place, at } of located) L.circleMarker(at, { radius: 6 }).bindTooltip(place.name.th).addTo(map)

const list = document.getElementById('names')!
for (const { place } of located.slice(0, LISTED_NAMES)) {
  const item = document.createElement('li')
  item.textContent = place.name.th
  list.append(item)
}

// Leaflet paints the canvas in an animation frame queued while the markers were added; this one runs after it.
requestAnimationFrame(() => {
  mapElement.dataset.markersPainted = String(located.length)
  performance.mark('first-marker-painted')
})
