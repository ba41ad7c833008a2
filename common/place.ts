/** Text in Thai (always) and English (when known). Thai comes first in every screen. */
export interface LocalizedText {
  th: string
  en?: string
}

export const PLACE_KINDS = [
  'oscc_hospital',
  'hospital',
  'police_station',
  'safe_house',
  'community',
  'shelter',
  'support_org',
] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

export const SERVICES = [
  'oscc',
  'forensic_exam',
  'emergency_care',
  'police_report',
  'legal_aid',
  'shelter_referral',
  'counselling',
  'child_protection',
  'temporary_shelter',
  'community_support',
] as const
export type Service = (typeof SERVICES)[number]

/** People a place is limited to, when it does not serve everyone (a children's hospital serves children). */
export const AUDIENCES = ['children'] as const
export type Audience = (typeof AUDIENCES)[number]

/** A phone number in E.164 (for `tel:` links) and in the Thai display form people read. */
export interface Phone {
  e164: string
  display: string
  label?: LocalizedText
}

export type Hours = { kind: '24h' } | { kind: 'text'; text: LocalizedText }

/**
 * How much of a place's position may be published.
 * exact: a pin; approximate: an area (coordinates coarsened by the dataset build);
 * hidden: never on the map, a contact card only (shelters).
 */
export const VISIBILITIES = ['exact', 'approximate', 'hidden'] as const
export type Visibility = (typeof VISIBILITIES)[number]

export type Verification =
  | { status: 'verified'; verifiedAt: string; source: string }
  | { status: 'unverified'; note?: LocalizedText }

export interface LatLng {
  lat: number
  lng: number
}

/** A published position; approximate places carry the radius of their uncertainty in metres. */
export interface PlaceLocation extends LatLng {
  uncertaintyM?: number
}

/** A place as the app ships and shows it (output of `npm run geo:build`). */
export interface Place {
  id: string
  kind: PlaceKind
  name: LocalizedText
  address?: LocalizedText
  /** Thai admin code: Bangkok khet 1001–1050, Samut Prakan amphoe 1101–1106. */
  districtCode: number
  phones: Phone[]
  hours?: Hours
  services: Service[]
  /** Only these people are served here; absent when the place serves everyone (or nobody has said otherwise). */
  servesOnly?: Audience[]
  visibility: Visibility
  /** null exactly when visibility is `hidden`. */
  location: PlaceLocation | null
  verification: Verification
  /** Where the facts came from: an official page's address, a partner, a volunteer's visit. */
  source: string
  updatedAt: string
}

/** A district (khet / amphoe) the app can filter by and the offline basemap draws. */
export interface District {
  code: number
  province: 'bangkok' | 'samut_prakan'
  name: LocalizedText
}

export type Hotline =
  | { kind: 'phone'; id: string; number: string; name: LocalizedText; purpose: LocalizedText; hours24: boolean; source: string }
  | { kind: 'line'; id: string; account: string; url: string; name: LocalizedText; purpose: LocalizedText; hours24: boolean; source: string }

/** The dataset file the app ships and stores in IndexedDB. */
export interface Dataset {
  version: string
  hash: string
  places: Place[]
  districts: District[]
  hotlines: Hotline[]
  attribution: string[]
}

/** The small file the app polls to learn whether a new dataset exists. */
export interface DatasetManifest {
  version: string
  hash: string
  /** Path of the dataset file, relative to the manifest. */
  file: string
  placeCount: number
}
