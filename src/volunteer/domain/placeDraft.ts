import type { LatLng, Phone, PlaceKind, Service, Visibility } from '@common/place'
import type { SourcePlace } from '@common/placeSource'

/** What the edit form holds: plain strings and lists a person types and ticks. */
export interface PlaceDraft {
  id: string
  kind: PlaceKind
  districtCode: number
  nameTh: string
  nameEn: string
  addressTh: string
  addressEn: string
  /** One number per line, as people write it ("02 282 2323", "1300"). */
  phones: string
  hours24: boolean
  hoursTh: string
  hoursEn: string
  services: Service[]
  visibility: Visibility
  uncertaintyM: string
  /** The pin as typed or dragged; kept as text so a half-typed number shows its problem. */
  lat: string
  lng: string
  noteTh: string
  noteEn: string
}

/** The digits of a typed Thai number as E.164 ("02 282 2323" → "+6622822323"); short codes stay as they are. */
export function phoneFromTyped(typed: string): Phone {
  const display = typed.trim()
  const digits = display.replace(/\D/g, '')
  return { e164: digits.startsWith('0') ? `+66${digits.slice(1)}` : digits, display }
}

function text(value: string | undefined): string {
  return value ?? ''
}

/** The form's starting values for a place. */
export function draftFromPlace(place: SourcePlace): PlaceDraft {
  const p = place.properties
  const hours = p.hours
  return {
    id: p.id,
    kind: p.kind,
    districtCode: p.districtCode,
    nameTh: p.name.th,
    nameEn: text(p.name.en),
    addressTh: text(p.address?.th),
    addressEn: text(p.address?.en),
    phones: p.phones.map((phone) => phone.display).join('\n'),
    hours24: hours === '24h',
    hoursTh: hours === undefined || hours === '24h' ? '' : hours.th,
    hoursEn: hours === undefined || hours === '24h' ? '' : text(hours.en),
    services: [...p.services],
    visibility: p.visibility,
    uncertaintyM: p.uncertaintyM === undefined ? '' : String(p.uncertaintyM),
    lat: place.point ? String(place.point.lat) : '',
    lng: place.point ? String(place.point.lng) : '',
    noteTh: text(p.note?.th),
    noteEn: text(p.note?.en),
  }
}

function localized(th: string, en: string): { th: string; en?: string } | undefined {
  if (th.trim() === '' && en.trim() === '') return undefined
  return en.trim() === '' ? { th: th.trim() } : { th: th.trim(), en: en.trim() }
}

function typedPoint(draft: PlaceDraft): LatLng | null {
  if (draft.visibility === 'hidden' || draft.lat.trim() === '' || draft.lng.trim() === '') return null
  return { lat: Number(draft.lat), lng: Number(draft.lng) }
}

function typedHours(draft: PlaceDraft, base: SourcePlace): SourcePlace['properties']['hours'] {
  if (draft.hours24) return '24h'
  const written = localized(draft.hoursTh, draft.hoursEn)
  if (!written) return undefined
  const before = base.properties.hours
  // Exact weekly times stay only while the written hours they were read from are unchanged.
  const weekly = before !== undefined && before !== '24h' && before.th === written.th ? before.weekly : undefined
  return weekly ? { ...written, weekly } : written
}

/**
 * The place the form describes, on top of `base` (what the form does not show — origin, source,
 * verification — is kept). A hidden place never keeps a position or an address. Pure.
 */
export function placeFromDraft(draft: PlaceDraft, base: SourcePlace): SourcePlace {
  const hidden = draft.visibility === 'hidden'
  const properties: SourcePlace['properties'] = {
    ...base.properties,
    id: draft.id,
    kind: draft.kind,
    districtCode: draft.districtCode,
    name: localized(draft.nameTh, draft.nameEn) ?? { th: '' },
    phones: draft.phones.split('\n').filter((line) => line.trim() !== '').map(phoneFromTyped),
    services: [...draft.services],
    visibility: draft.visibility,
  }
  const optional = {
    address: hidden ? undefined : localized(draft.addressTh, draft.addressEn),
    hours: typedHours(draft, base),
    uncertaintyM: draft.visibility === 'approximate' && draft.uncertaintyM.trim() !== '' ? Number(draft.uncertaintyM) : undefined,
    note: localized(draft.noteTh, draft.noteEn),
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value === undefined) delete (properties as unknown as Record<string, unknown>)[key]
    else (properties as unknown as Record<string, unknown>)[key] = value
  }
  return { properties, point: hidden ? null : typedPoint(draft) }
}

/** A new place's starting point: unverified, placed by a community volunteer, no facts yet. */
export function newPlace(id: string, districtCode: number, today: string): SourcePlace {
  return {
    properties: {
      id,
      kind: 'safe_house',
      name: { th: '' },
      districtCode,
      phones: [],
      services: [],
      visibility: 'approximate',
      verification: { status: 'unverified' },
      origin: 'community_placeholder',
      source: 'volunteer proposal',
      updatedAt: today,
    },
    point: null,
  }
}
