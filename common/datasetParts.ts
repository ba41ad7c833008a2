import { canonicalJson } from './canonicalJson'
import type { Bounds, Dataset, DatasetManifest, DatasetPartEntry, District, Hotline, LocalizedText, Place } from './place'

// A published dataset is also split (issue #14): one file per province with its places, and one
// small "common" file with everything else. Each file's hash covers its content without the hash
// field, and the file name carries the hash, so a part that did not change keeps its name across
// versions and a phone that holds it never fetches it again. The whole file stays published too:
// apps from before the split read only the manifest's `file`.

/** One province's places, as its part file holds them. */
export interface DatasetPart {
  hash: string
  province: number
  places: Place[]
}

/** Everything in a dataset that is not a place, as the common file holds it. */
export interface DatasetCommon {
  hash: string
  districts: District[]
  hotlines: Hotline[]
  attribution: string[]
  demo?: true
}

/** A file to publish beside the manifest: its name, content hash and canonical JSON text. */
export interface PublishedFile {
  name: string
  hash: string
  body: string
}

/** SHA-256 of a UTF-8 string as 64 lowercase hex digits (Node's crypto in geo/build and the server). */
export type Sha256Hex = (text: string) => string

const PROVINCE_NAMES: Readonly<Record<number, LocalizedText>> = {
  10: { th: 'กรุงเทพมหานคร', en: 'Bangkok' },
  11: { th: 'สมุทรปราการ', en: 'Samut Prakan' },
}

/** The Thai province code of a district code (1002 → 10, 1101 → 11). */
export function provinceOf(districtCode: number): number {
  return Math.floor(districtCode / 100)
}

/** The province's name; one the app does not know yet is named by its code. */
export function provinceName(province: number): LocalizedText {
  return PROVINCE_NAMES[province] ?? { th: `จังหวัดรหัส ${province}`, en: `Province ${province}` }
}

/** The text whose SHA-256 is a part's (or the common file's) hash: its canonical JSON without `hash`. */
export function partHashInput({ hash: _hash, ...content }: DatasetPart | DatasetCommon): string {
  return canonicalJson(content)
}

/** `dataset.p<province>.<hash8>.json`: content-addressed, like the whole file. */
export function partFileName(province: number, hash: string): string {
  return `dataset.p${province}.${hash.slice(0, 8)}.json`
}

/** `dataset.common.<hash8>.json`. */
export function commonFileName(hash: string): string {
  return `dataset.common.${hash.slice(0, 8)}.json`
}

function boundsOf(places: readonly Place[]): Bounds | null {
  const located = places.flatMap((place) => (place.location ? [place.location] : []))
  if (located.length === 0) return null
  return located.reduce<Bounds>(
    (box, { lat, lng }) => ({ south: Math.min(box.south, lat), west: Math.min(box.west, lng), north: Math.max(box.north, lat), east: Math.max(box.east, lng) }),
    { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity },
  )
}

function byProvince(places: readonly Place[]): Map<number, Place[]> {
  const groups = new Map<number, Place[]>()
  for (const place of places) {
    const province = provinceOf(place.districtCode)
    const group = groups.get(province)
    if (group) group.push(place)
    else groups.set(province, [place])
  }
  return new Map([...groups].sort(([a], [b]) => a - b))
}

/**
 * Splits a published dataset into its common file and one part per province (ordered by province
 * code, places in the dataset's order), and returns the manifest listing them beside the whole file.
 */
export function splitDataset(dataset: Dataset, manifest: DatasetManifest, sha256Hex: Sha256Hex): { manifest: DatasetManifest; files: PublishedFile[] } {
  const commonContent = { districts: dataset.districts, hotlines: dataset.hotlines, attribution: dataset.attribution, ...(dataset.demo ? { demo: true as const } : {}) }
  const commonHash = sha256Hex(canonicalJson(commonContent))
  const common: PublishedFile = { name: commonFileName(commonHash), hash: commonHash, body: canonicalJson({ hash: commonHash, ...commonContent }) }
  const parts: Array<{ entry: DatasetPartEntry; file: PublishedFile }> = [...byProvince(dataset.places)].map(([province, places]) => {
    const hash = sha256Hex(canonicalJson({ province, places }))
    const name = partFileName(province, hash)
    return {
      entry: { province, name: provinceName(province), placeCount: places.length, bounds: boundsOf(places), file: name, hash },
      file: { name, hash, body: canonicalJson({ hash, province, places }) },
    }
  })
  return {
    manifest: { ...manifest, common: { file: common.name, hash: commonHash }, parts: parts.map(({ entry }) => entry) },
    files: [common, ...parts.map(({ file }) => file)],
  }
}

/** The dataset the manifest names, put back together from its common file and parts (places by id, as published). */
export function mergeParts(manifest: Pick<DatasetManifest, 'version' | 'hash'>, common: DatasetCommon, parts: readonly DatasetPart[]): Dataset {
  const places = parts.flatMap((part) => part.places).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const { districts, hotlines, attribution, demo } = common
  return { version: manifest.version, hash: manifest.hash, places, districts, hotlines, attribution, ...(demo ? { demo } : {}) }
}
