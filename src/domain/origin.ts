import type { Basemap } from '@common/basemap'
import type { LatLng, Place } from '@common/place'

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

/** The district centres from the offline basemap: each district's label point, which the build places well inside it. */
export function districtCentresFromBasemap(basemap: Basemap): DistrictCentres {
  return Object.fromEntries(
    basemap.features.map(({ properties: { code, label } }) => [code, { lat: label[1], lng: label[0] }] as const),
  )
}
