// Small, obviously fake dataset records for unit tests (no real place, phone number or coordinate).
import { createHash } from 'node:crypto'
import { datasetHashInput } from './datasetUpdate'
import { splitDataset, type DatasetCommon, type DatasetPart } from '@common/datasetParts'
import type { Dataset, DatasetManifest, District, Hotline, Place } from '@common/place'

/** A valid exact place; override any field. */
export function makePlace(id: string, overrides: Partial<Place> = {}): Place {
  return {
    id,
    kind: 'police_station',
    name: { th: `สถานีทดสอบ ${id}`, en: `Test station ${id}` },
    districtCode: 1002,
    phones: [],
    services: ['police_report'],
    visibility: 'exact',
    location: { lat: 13.78, lng: 100.51 },
    verification: { status: 'unverified' },
    origin: 'team_estimate',
    updatedAt: '2026-11-24',
    ...overrides,
  }
}

export const testDistricts: District[] = [
  { code: 1002, province: 'bangkok', name: { th: 'เขตทดสอบ', en: 'Test khet' } },
  { code: 1101, province: 'samut_prakan', name: { th: 'อำเภอทดสอบ', en: 'Test amphoe' } },
]

// Deliberately not in id order, to show the dataset's order is kept.
export const testHotlines: Hotline[] = [
  { kind: 'phone', id: 'zz-first', number: '0000', name: { th: 'สายทดสอบ' }, purpose: { th: 'ทดสอบ' }, hours24: true, source: 'test fixture' },
  { kind: 'line', id: 'aa-second', account: '@test', url: 'https://line.example/test', name: { th: 'ไลน์ทดสอบ' }, purpose: { th: 'ทดสอบ' }, hours24: false, source: 'test fixture' },
]

/** A dataset of version `version` with one place per id, hashed as the build hashes it. */
export function makeDataset(version: string, placeIds: string[]): Dataset {
  const dataset: Dataset = {
    version,
    hash: '',
    places: placeIds.map((id) => makePlace(id)),
    districts: testDistricts,
    hotlines: testHotlines,
    attribution: [`test attribution ${version}`],
  }
  return withBuildHash(dataset)
}

/** The dataset with the hash the build would give its content. */
export function withBuildHash(dataset: Dataset): Dataset {
  return { ...dataset, hash: createHash('sha256').update(datasetHashInput(dataset), 'utf8').digest('hex') }
}

/** The manifest the build would write for a dataset. */
export function manifestFor(dataset: Dataset): DatasetManifest {
  return { version: dataset.version, hash: dataset.hash, file: `dataset.${dataset.hash.slice(0, 8)}.json`, placeCount: dataset.places.length }
}

/** A dataset of these places published and split by province, as geo/build and the server publish it. */
export function makeSplitDataset(version: string, places: Place[], options: { demo?: true } = {}): { dataset: Dataset; manifest: DatasetManifest; files: Map<string, string>; part: (province: number) => DatasetPart; common: () => DatasetCommon } {
  const dataset = withBuildHash({ version, hash: '', places, districts: testDistricts, hotlines: testHotlines, attribution: ['test attribution'], ...options })
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
  const { manifest, files } = splitDataset(dataset, manifestFor(dataset), sha256)
  const bodies = new Map(files.map((file) => [file.name, file.body]))
  const parsed = (name: string) => JSON.parse(bodies.get(name)!) as unknown
  return {
    dataset,
    manifest,
    files: bodies,
    part: (province) => parsed(manifest.parts!.find((entry) => entry.province === province)!.file) as DatasetPart,
    common: () => parsed(manifest.common!.file) as DatasetCommon,
  }
}
