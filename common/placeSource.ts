import type { FactChecks } from './volunteer/api'
import type { Audience, LatLng, LocalizedText, OpeningPeriod, Phone, PlaceKind, PlaceOrigin, Service, Verification, Visibility } from './place'

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
  /** "24h", or the hours as written, with `weekly` periods when the source gives exact times. */
  hours?: '24h' | (LocalizedText & { weekly?: OpeningPeriod[] })
  services: Service[]
  /** Only when a source says so: the people the place is limited to (e.g. ["children"]). */
  servesOnly?: Audience[]
  visibility: Visibility
  /** Approximate places only: radius of uncertainty in metres (default 500). */
  uncertaintyM?: number
  verification: Verification
  /** What residents are told the details rest on (published). */
  origin: PlaceOrigin
  /** A short note for residents, published as is (no team shorthand: the build rejects Latin words in the Thai). */
  note?: LocalizedText
  /** For maintainers only, never published: where each fact came from and what is still to check. */
  source: string
  updatedAt: string
  /** Per fact, the day (YYYY-MM-DD) a volunteer's check of it was last approved (published). */
  checks?: FactChecks
}

/** A validated source place: its properties and its position as written (null when hidden). */
export interface SourcePlace {
  properties: SourcePlaceProperties
  point: LatLng | null
}
