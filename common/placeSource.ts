import type { Audience, LatLng, LocalizedText, Phone, PlaceKind, Service, Verification, Visibility } from './place'

/**
 * The properties of one feature of geo/places/<kind>.geojson, once validated
 * (the contract between the data authors and `npm run geo:build`).
 */
export interface SourcePlaceProperties {
  id: string
  kind: PlaceKind
  name: LocalizedText
  address?: LocalizedText
  districtCode: number
  phones: Phone[]
  hours?: '24h' | LocalizedText
  services: Service[]
  /** Only when a source says so: the people the place is limited to (e.g. ["children"]). */
  servesOnly?: Audience[]
  visibility: Visibility
  /** Approximate places only: radius of uncertainty in metres (default 500). */
  uncertaintyM?: number
  verification: Verification
  source: string
  updatedAt: string
}

/** A validated source place: its properties and its position as written (null when hidden). */
export interface SourcePlace {
  properties: SourcePlaceProperties
  point: LatLng | null
}
