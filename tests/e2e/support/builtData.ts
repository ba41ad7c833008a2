import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'
import type { Dataset, LatLng, Place } from '@common/place'

/** The dataset the build under test ships, read from its files (not through the app). */
export function builtDataset(): Dataset {
  const dir = join(inject('distDir'), 'data')
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string }
  return JSON.parse(readFileSync(join(dir, manifest.file), 'utf8')) as Dataset
}

/** Each district's centre as the built offline basemap labels it (what "choose a district" measures from). */
export function builtDistrictCentres(): Map<number, LatLng> {
  const basemap = JSON.parse(readFileSync(join(inject('distDir'), 'data', 'basemap.json'), 'utf8')) as {
    features: { properties: { code: number; label: [number, number] } }[]
  }
  return new Map(basemap.features.map(({ properties: { code, label: [lng, lat] } }) => [code, { lat, lng }]))
}

/** Great-circle distance in km: a plain haversine, independent of the app's kdbush ranking. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

/** The place with a location nearest to a point, by a plain scan. */
export function nearest(places: readonly Place[], from: LatLng): Place {
  const located = places.filter((place) => place.location !== null)
  const [closest] = located.sort((a, b) => haversineKm(from, a.location as LatLng) - haversineKm(from, b.location as LatLng))
  if (!closest) throw new Error('no located place')
  return closest
}
