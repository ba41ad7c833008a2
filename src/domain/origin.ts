import type { LatLng, Place } from './place'

/** Where the person is looking from. A device position lives only in memory, never stored or sent. */
export type Origin =
  | { kind: 'none' }
  | { kind: 'position'; position: LatLng }
  | { kind: 'district'; code: number }
  | { kind: 'community'; placeId: string }

/** District code → a representative point inside it (the offline basemap's label point). */
export type DistrictCentres = Readonly<Record<number, LatLng>>

/**
 * The point distances are measured from, or null when there is none yet
 * (no origin chosen, a district whose centre is not loaded, a community without a published location).
 */
export function originPoint(origin: Origin, places: readonly Place[], districtCentres: DistrictCentres): LatLng | null {
  switch (origin.kind) {
    case 'none':
      return null
    case 'position':
      return origin.position
    case 'district':
      return districtCentres[origin.code] ?? null
    case 'community': {
      const location = places.find((place) => place.id === origin.placeId)?.location
      return location ? { lat: location.lat, lng: location.lng } : null
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * The district centres from the offline basemap (public/data/basemap.json): each feature's label
 * point, which the build places well inside the district. Features without a usable label are skipped.
 */
export function districtCentresFromBasemap(basemap: unknown): DistrictCentres {
  const features = isRecord(basemap) && Array.isArray(basemap.features) ? (basemap.features as unknown[]) : []
  const centres: Record<number, LatLng> = {}
  for (const feature of features) {
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {}
    const { code, label } = properties
    if (typeof code !== 'number' || !Array.isArray(label)) continue
    const [lng, lat] = label as unknown[]
    if (typeof lng === 'number' && typeof lat === 'number' && Number.isFinite(lng) && Number.isFinite(lat)) {
      centres[code] = { lat, lng }
    }
  }
  return centres
}
