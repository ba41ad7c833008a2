import { coarsen, roundTo } from './geo'
import type { District, Hotline, Hours, LatLng, LocalizedText, Phone, Place, PlaceLocation, Verification, Visibility } from './place'
import type { SourcePlace } from './placeSource'
import { CHECKED_FACTS, type FactChecks } from './volunteer/api'

/** Radius shown around an approximate place when its source gives none (about one coarse grid cell). */
export const DEFAULT_UNCERTAINTY_M = 500

/**
 * The position a place may publish: none when hidden, a ~500 m grid cell when approximate
 * (never less uncertain than DEFAULT_UNCERTAINTY_M), the point to 6 decimals when exact.
 */
export function publishedLocation(point: LatLng | null, visibility: Visibility, uncertaintyM?: number): PlaceLocation | null {
  if (visibility === 'hidden' || point === null) return null
  if (visibility === 'approximate') {
    return { ...coarsen(point.lat, point.lng), uncertaintyM: Math.max(DEFAULT_UNCERTAINTY_M, uncertaintyM ?? 0) }
  }
  return { lat: roundTo(point.lat, 6), lng: roundTo(point.lng, 6) }
}

/** Turns a validated source feature into the Place the app ships, keeping only published fields. */
export function toPlace({ properties: p, point }: SourcePlace): Place {
  const hidden = p.visibility === 'hidden'
  return {
    id: p.id,
    kind: p.kind,
    name: text(p.name),
    ...(p.address && !hidden ? { address: text(p.address) } : {}),
    districtCode: p.districtCode,
    phones: p.phones.map(phone),
    ...(p.hours === undefined ? {} : { hours: hours(p.hours) }),
    services: [...p.services],
    ...(p.servesOnly ? { servesOnly: [...p.servesOnly] } : {}),
    visibility: p.visibility,
    location: publishedLocation(point, p.visibility, p.uncertaintyM),
    verification: verification(p.verification),
    origin: p.origin,
    ...(p.note ? { note: text(p.note) } : {}),
    ...(p.checks && Object.keys(p.checks).length > 0 ? { checks: factChecks(p.checks) } : {}),
    updatedAt: p.updatedAt,
  }
}

/** Copies a hotline, keeping only the fields of its kind. */
export function toHotline(h: Hotline): Hotline {
  const common = { id: h.id, name: text(h.name), purpose: text(h.purpose), hours24: h.hours24, source: h.source }
  return h.kind === 'phone' ? { kind: 'phone', number: h.number, ...common } : { kind: 'line', account: h.account, url: h.url, ...common }
}

/** Copies a district without anything else its source carried (such as its outline). */
export function toDistrict(d: District): District {
  return { code: d.code, province: d.province, name: text(d.name) }
}

function text(t: LocalizedText): LocalizedText {
  return t.en === undefined ? { th: t.th } : { th: t.th, en: t.en }
}

function hours(h: NonNullable<SourcePlace['properties']['hours']>): Hours {
  if (h === '24h') return { kind: '24h' }
  const weekly = h.weekly?.map((period) => ({ days: [...period.days], opens: period.opens, closes: period.closes }))
  return { kind: 'text', text: text(h), ...(weekly ? { weekly } : {}) }
}

function phone(p: Phone): Phone {
  return { e164: p.e164, display: p.display, ...(p.label ? { label: text(p.label) } : {}) }
}

function factChecks(checks: FactChecks): FactChecks {
  return Object.fromEntries(CHECKED_FACTS.flatMap((fact) => (checks[fact] === undefined ? [] : [[fact, checks[fact]]])))
}

function verification(v: Verification): Verification {
  if (v.status === 'verified') return { status: 'verified', verifiedAt: v.verifiedAt, source: v.source }
  return { status: 'unverified' }
}
