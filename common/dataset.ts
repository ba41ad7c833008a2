import type { Dataset, DatasetManifest, District, Hotline, Place } from './place'
import type { SourcePlace } from './placeSource'
import { toDistrict, toHotline, toPlace } from './publish'

/** What the dataset hash covers: everything in the dataset except its version and hash. */
export type DatasetContent = Omit<Dataset, 'version' | 'hash'>

/** Assembles the published content in a fixed order: places by id, districts by code, hotlines as listed. */
export function datasetContent(
  places: readonly SourcePlace[],
  districts: readonly District[],
  hotlines: readonly Hotline[],
  attribution: readonly string[],
): DatasetContent {
  return {
    places: places.map(toPlace).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    districts: districts.map(toDistrict).sort((a, b) => a.code - b.code),
    hotlines: hotlines.map(toHotline),
    attribution: [...attribution],
  }
}

/** `<latest updatedAt as YYYY.MM.DD>-<first 8 hex digits of the hash>`, e.g. "2026.11.24-3fa9c01b". */
export function datasetVersion(places: readonly Place[], hash: string): string {
  const latest = places.reduce((max, p) => (p.updatedAt > max ? p.updatedAt : max), '0000-00-00')
  return `${latest.replaceAll('-', '.')}-${hash.slice(0, 8)}`
}

/** The name of the dataset file for a hash: content-addressed, so a new dataset never overwrites an old one. */
export function datasetFileName(hash: string): string {
  return `dataset.${hash.slice(0, 8)}.json`
}

/** The dataset and the manifest pointing at it, given the SHA-256 (hex) of the canonical content. */
export function publishDataset(content: DatasetContent, hash: string): { dataset: Dataset; manifest: DatasetManifest } {
  const version = datasetVersion(content.places, hash)
  return {
    dataset: { version, hash, ...content },
    manifest: { version, hash, file: datasetFileName(hash), placeCount: content.places.length },
  }
}
