import { PLACE_KINDS, PLACE_ORIGINS, type Place, type PlaceKind, type PlaceOrigin } from '@common/place'

export interface KindCount {
  kind: PlaceKind
  total: number
  verified: number
  unverified: number
}

/** Counts places per kind and verification status, in the model's kind order, omitting empty kinds. */
export function countByKind(places: readonly Place[]): KindCount[] {
  return PLACE_KINDS.map((kind) => {
    const ofKind = places.filter((place) => place.kind === kind)
    const verified = ofKind.filter((place) => place.verification.status === 'verified').length
    return { kind, total: ofKind.length, verified, unverified: ofKind.length - verified }
  }).filter((count) => count.total > 0)
}

/** How many places rest on each origin, in the model's order, omitting origins no place has. */
export function countByOrigin(places: readonly Place[]): Array<{ origin: PlaceOrigin; total: number }> {
  return PLACE_ORIGINS.map((origin) => ({ origin, total: places.filter((place) => place.origin === origin).length })).filter(
    (count) => count.total > 0,
  )
}

/** The dataset's own date: the latest `updatedAt` of its places (ISO date), or null for an empty dataset. */
export function datasetDate(places: readonly Place[]): string | null {
  return places.reduce<string | null>((latest, place) => (latest === null || place.updatedAt > latest ? place.updatedAt : latest), null)
}
