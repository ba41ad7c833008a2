import { provinceOf } from '@common/datasetParts'
import { distanceM } from '@common/geo'
import type { Bounds, DatasetManifest, DatasetPartEntry, LatLng, LocalizedText, Place } from '@common/place'

/** Which parts of a split dataset the phone holds (kept in the dataset's meta row): province codes and hashes only. */
export interface StoredSplit {
  /** The common file's hash stored. */
  common: string
  /** Every province the manifest lists, with the hash of the part stored for it (null: not downloaded yet). */
  parts: Array<{ province: number; name: LocalizedText; hash: string | null }>
  /** The province around the map's start view, drawn first on a warm start; absent when it holds most places (or in meta stored before it was kept). */
  first?: number
}

/**
 * Where the person's area is taken to be before anything is known: the centre of the map's start
 * view (Bangkok and Samut Prakan, src/map/placeMap.ts AREA_BOUNDS). Never the person's position:
 * the order of downloads must not need, or reveal, where the phone is.
 */
export const START_VIEW_CENTRE: LatLng = { lat: 13.7165, lng: 100.6445 }

/** What a check must download: the common file or not, the parts in the order to fetch them, the provinces to drop. */
export interface PartsPlan {
  common: boolean
  fetch: DatasetPartEntry[]
  drop: number[]
}

function distanceToBounds(point: LatLng, { south, west, north, east }: Bounds): number {
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))
  return distanceM(point, { lat: clamp(point.lat, south, north), lng: clamp(point.lng, west, east) })
}

/**
 * The order to fetch parts in: the one around `near` first (distance 0 inside its box), then the
 * nearer before the farther, contact-card-only parts (no box) last; equal ones by province code.
 */
export function partFetchOrder(parts: readonly DatasetPartEntry[], near: LatLng): DatasetPartEntry[] {
  const distance = (part: DatasetPartEntry) => (part.bounds ? distanceToBounds(near, part.bounds) : Infinity)
  return parts
    .map((part) => ({ part, distance: distance(part) }))
    .sort((a, b) => a.distance - b.distance || a.part.province - b.part.province)
    .map(({ part }) => part)
}

/**
 * What to download for a manifest given what is stored (undefined: nothing, or a dataset stored
 * whole before the split): only the parts whose hash changed, nearest to `near` first; the common
 * file only if its hash changed; stored provinces the manifest no longer lists are dropped.
 */
export function planPartsUpdate(stored: StoredSplit | undefined, manifest: Required<Pick<DatasetManifest, 'common' | 'parts'>>, near: LatLng): PartsPlan {
  const storedHashes = new Map(stored?.parts.map((part) => [part.province, part.hash]))
  const listed = new Set(manifest.parts.map((part) => part.province))
  return {
    common: stored?.common !== manifest.common.hash,
    fetch: partFetchOrder(manifest.parts.filter((part) => storedHashes.get(part.province) !== part.hash), near),
    drop: [...storedHashes.keys()].filter((province) => !listed.has(province)),
  }
}

/** Whether a plan has nothing to download or drop: the stored data is the manifest's. */
export function isUpToDate(plan: PartsPlan): boolean {
  return !plan.common && plan.fetch.length === 0 && plan.drop.length === 0
}

/**
 * What is stored, as a split: the meta's own; for a dataset stored whole (before the split), every
 * listed province is there, current if it is the manifest's dataset, else stale (an empty hash).
 */
export function storedSplitOf(meta: { hash: string; split?: StoredSplit } | undefined, manifest: Required<Pick<DatasetManifest, 'hash' | 'common' | 'parts'>>): StoredSplit | undefined {
  if (!meta || meta.split) return meta?.split
  const current = meta.hash === manifest.hash
  return {
    common: current ? manifest.common.hash : '',
    parts: manifest.parts.map(({ province, name, hash }) => ({ province, name, hash: current ? hash : '' })),
  }
}

/** The stored split after a check: the manifest's provinces, each with what is stored for it now. */
export function nextStoredSplit(stored: StoredSplit | undefined, manifest: Required<Pick<DatasetManifest, 'parts'>>, commonHash: string, storedNow: ReadonlyMap<number, string>): StoredSplit {
  const before = new Map(stored?.parts.map((part) => [part.province, part.hash]))
  const first = partFetchOrder(manifest.parts, START_VIEW_CENTRE)[0]
  const placeCount = manifest.parts.reduce((sum, part) => sum + part.placeCount, 0)
  // Drawing one province first saves time only when it holds at most half of the places; otherwise it would be read twice.
  const drawnFirst = first?.bounds && first.placeCount * 2 <= placeCount
  return {
    common: commonHash,
    parts: manifest.parts.map(({ province, name }) => ({ province, name, hash: storedNow.get(province) ?? before.get(province) ?? null })),
    ...(drawnFirst ? { first: first.province } : {}),
  }
}

/** The names of the provinces listed but not downloaded yet. */
export function missingAreas(split: StoredSplit | undefined): LocalizedText[] {
  return split?.parts.filter((part) => part.hash === null).map((part) => part.name) ?? []
}

/**
 * The places with one province's replaced by a newly downloaded part; a place that moved into
 * this province from another (same id) is taken out of its old one.
 */
export function replaceProvince(places: readonly Place[], province: number, incoming: readonly Place[]): Place[] {
  const ids = new Set(incoming.map((place) => place.id))
  return [...places.filter((place) => provinceOf(place.districtCode) !== province && !ids.has(place.id)), ...incoming]
}

/** The places without the given provinces' (a province the manifest no longer lists). */
export function dropProvinces(places: readonly Place[], provinces: readonly number[]): Place[] {
  if (provinces.length === 0) return [...places]
  const dropped = new Set(provinces)
  return places.filter((place) => !dropped.has(provinceOf(place.districtCode)))
}
