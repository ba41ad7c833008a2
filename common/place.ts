import type { FactChecks } from './volunteer/api'

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

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** Opening times on some days, Bangkok time, "HH:MM" 24-hour; `closes` after `opens` (no overnight spans). */
export interface OpeningPeriod {
  days: Weekday[]
  opens: string
  closes: string
}

/**
 * Opening hours: round the clock, or as written (`text`), with the same times in a form the app can
 * reckon "open now" from (`weekly`) when the source gives them — never guessed from the text.
 */
export type Hours = { kind: '24h' } | { kind: 'text'; text: LocalizedText; weekly?: OpeningPeriod[] }

/**
 * How much of a place's position may be published.
 * exact: a pin; approximate: an area (coordinates coarsened by the dataset build);
 * hidden: never on the map, a contact card only (shelters).
 */
export const VISIBILITIES = ['exact', 'approximate', 'hidden'] as const
export type Visibility = (typeof VISIBILITIES)[number]

export type Verification =
  | { status: 'verified'; verifiedAt: string; source: string }
  | { status: 'unverified' }

/**
 * What a place's details rest on, as residents are told it (the app words each one in Thai and
 * English). The maintainers' provenance — pages, dates, who placed what — stays in geo/.
 * team_estimate: position placed by the app team from general knowledge;
 * open_data: position from a public open database (Wikidata);
 * public_record: a contact card from public information, no position;
 * community_placeholder: a stand-in until the community confirms the place.
 */
export const PLACE_ORIGINS = ['team_estimate', 'open_data', 'public_record', 'community_placeholder'] as const
export type PlaceOrigin = (typeof PLACE_ORIGINS)[number]

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
  /** What the details rest on, in words the app gives residents. */
  origin: PlaceOrigin
  /** A short note for residents about this place (Thai; English when known), e.g. what to do meanwhile. */
  note?: LocalizedText
  /** The day each fact was last confirmed by a volunteer's approved check; absent when none ever was. */
  checks?: FactChecks
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
  /** A workshop's fictional practice dataset (issue #11): every place is shown as ตัวอย่าง / DEMO. Absent on real data. */
  demo?: true
}

/** A box in degrees. */
export interface Bounds {
  south: number
  west: number
  north: number
  east: number
}

/** One file of a split dataset as the manifest lists it: its name (relative to the manifest) and content hash. */
export interface DatasetFileEntry {
  file: string
  /** SHA-256 (hex) of the file's canonical content without its own `hash` field. */
  hash: string
}

/** One province's places (issue #14): a phone fetches its own area first and only the parts that changed. */
export interface DatasetPartEntry extends DatasetFileEntry {
  /** Thai province code: the first two digits of its places' district codes (Bangkok 10, Samut Prakan 11). */
  province: number
  name: LocalizedText
  placeCount: number
  /** The box around the part's places that have a position; null when none has (contact cards only). */
  bounds: Bounds | null
}

/** The small file the app polls to learn whether a new dataset exists. */
export interface DatasetManifest {
  version: string
  hash: string
  /** Path of the whole dataset file, relative to the manifest (what apps before the split read). */
  file: string
  placeCount: number
  /** The same dataset split: districts, hotlines, attribution (and `demo`) in one small file… */
  common?: DatasetFileEntry
  /** …and the places, one part per province, ordered by province code. Absent on versions published before the split. */
  parts?: DatasetPartEntry[]
}
