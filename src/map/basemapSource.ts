import type { Basemap } from '@common/basemap'
import { isContextLines } from '@common/basemapLines'
import { isRecord } from '@common/validation/guards'

type Fetch = (input: string) => Promise<Response>

function isBasemapFeature(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.properties) || !isRecord(value.geometry)) return false
  const { code, name_th, name_en, label } = value.properties
  return (
    typeof code === 'number' &&
    typeof name_th === 'string' &&
    typeof name_en === 'string' &&
    Array.isArray(label) &&
    label.length === 2 &&
    label.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (value.geometry.type === 'Polygon' || value.geometry.type === 'MultiPolygon') &&
    Array.isArray(value.geometry.coordinates)
  )
}

/** Whether the value has the shape `npm run geo:build` gives public/data/basemap.json. */
export function isBasemap(value: unknown): value is Basemap {
  return (
    isRecord(value) &&
    value.type === 'FeatureCollection' &&
    Array.isArray(value.features) &&
    value.features.every(isBasemapFeature) &&
    (value.context === undefined || isContextLines(value.context))
  )
}

/**
 * Loads the offline basemap (precached by the service worker, so it works offline once the app has
 * been opened). Null when it cannot be read: the map then shows tiles and places without outlines.
 */
export async function fetchBasemap(baseUrl: string, fetchFn: Fetch = (input) => globalThis.fetch(input)): Promise<Basemap | null> {
  try {
    const response = await fetchFn(`${baseUrl}data/basemap.json`)
    if (!response.ok) return null
    const body: unknown = await response.json()
    return isBasemap(body) ? body : null
  } catch {
    return null
  }
}
