import { PLACE_KINDS, type PlaceKind } from './place'
import type { SourcePlace } from './placeSource'

// The geo/places/<kind>.geojson source format, written back from places (the admin's export) and
// read by the shared validation as the dataset build reads the files.

/** One feature of a source file, as written in geo/ (hidden places have `"geometry": null`). */
export interface SourceFeature {
  type: 'Feature'
  geometry: { type: 'Point'; coordinates: [number, number] } | null
  properties: SourcePlace['properties']
}

/** A place as the feature of its source file. */
export function toSourceFeature(place: SourcePlace): SourceFeature {
  return { type: 'Feature', geometry: place.point ? { type: 'Point', coordinates: [place.point.lng, place.point.lat] } : null, properties: place.properties }
}

/** The places grouped into one list per kind (file), each list in the order given. */
export function placesByKind(places: readonly SourcePlace[]): Map<PlaceKind, SourcePlace[]> {
  const byKind = new Map<PlaceKind, SourcePlace[]>(PLACE_KINDS.map((kind) => [kind, []]))
  for (const place of places) byKind.get(place.properties.kind)?.push(place)
  return byKind
}

// The order keys are written in geo/ (a database may hand objects back with their keys reordered):
// keeping it makes an exported file differ from the one in git only where a value changed.
const KEY_ORDER = [
  'type', 'geometry', 'coordinates', 'properties',
  'id', 'kind', 'name', 'th', 'en', 'address', 'districtCode', 'phones', 'e164', 'display', 'label',
  'hours', 'weekly', 'days', 'opens', 'closes', 'services', 'servesOnly', 'visibility', 'uncertaintyM',
  'verification', 'status', 'verifiedAt', 'origin', 'note', 'source', 'updatedAt',
  'checks', 'location', 'phone', 'oscc',
]
const rank = (key: string): number => {
  const index = KEY_ORDER.indexOf(key)
  return index === -1 ? KEY_ORDER.length : index
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered)
  if (typeof value !== 'object' || value === null) return value
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(keys.map((key) => [key, ordered((value as Record<string, unknown>)[key])]))
}

/** The text of a geo/places/<kind>.geojson file: one feature per line, keys in the source order. */
export function sourceFileText(places: readonly SourcePlace[]): string {
  const lines = places.map((place) => JSON.stringify(ordered(toSourceFeature(place))))
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`
}
