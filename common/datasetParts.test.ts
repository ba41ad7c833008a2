import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonicalJson'
import { mergeParts, partHashInput, provinceOf, splitDataset, type DatasetCommon, type DatasetPart } from './datasetParts'
import type { Dataset, DatasetManifest, Place } from './place'

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

const place = (id: string, districtCode: number, location: Place['location']): Place => ({
  id,
  kind: 'police_station',
  name: { th: id },
  districtCode,
  phones: [],
  services: [],
  visibility: location ? 'exact' : 'hidden',
  location,
  verification: { status: 'unverified' },
  origin: 'team_estimate',
  updatedAt: '2026-11-30',
})

function dataset(places: Place[], demo = false): { dataset: Dataset; manifest: DatasetManifest } {
  const content = {
    places,
    districts: [{ code: 1002, province: 'bangkok' as const, name: { th: 'ดุสิต' } }],
    hotlines: [],
    attribution: ['© test'],
    ...(demo ? { demo: true as const } : {}),
  }
  const hash = sha256Hex(canonicalJson(content))
  return { dataset: { version: `2026.11.30-${hash.slice(0, 8)}`, hash, ...content }, manifest: { version: `2026.11.30-${hash.slice(0, 8)}`, hash, file: `dataset.${hash.slice(0, 8)}.json`, placeCount: places.length } }
}

const bangkokA = place('a', 1002, { lat: 13.77, lng: 100.51 })
const bangkokC = place('c', 1050, { lat: 13.7, lng: 100.4 })
const samutPrakan = place('b', 1101, { lat: 13.6, lng: 100.6 })
const shelter = place('d', 1103, null)

function split(places: Place[], demo = false) {
  const published = dataset(places, demo)
  const result = splitDataset(published.dataset, published.manifest, sha256Hex)
  const file = (name: string) => JSON.parse(result.files.find((f) => f.name === name)!.body) as DatasetPart & DatasetCommon
  return { ...published, ...result, file }
}

describe('splitDataset', () => {
  it('lists one part per province in code order, with its count, bounds, file and hash, beside the whole file', () => {
    const { manifest, files } = split([bangkokA, samutPrakan, bangkokC, shelter])
    expect(manifest.file).toMatch(/^dataset\.[0-9a-f]{8}\.json$/)
    expect(manifest.parts!.map(({ province, name, placeCount }) => ({ province, name: name.en, placeCount }))).toEqual([
      { province: 10, name: 'Bangkok', placeCount: 2 },
      { province: 11, name: 'Samut Prakan', placeCount: 2 },
    ])
    expect(manifest.parts![0]!.bounds).toEqual({ south: 13.7, west: 100.4, north: 13.77, east: 100.51 })
    // A hidden place has no position: it counts, but draws no box.
    expect(manifest.parts![1]!.bounds).toEqual({ south: 13.6, west: 100.6, north: 13.6, east: 100.6 })
    expect(manifest.parts![0]!.file).toBe(`dataset.p10.${manifest.parts![0]!.hash.slice(0, 8)}.json`)
    expect(manifest.common!.file).toBe(`dataset.common.${manifest.common!.hash.slice(0, 8)}.json`)
    expect(files.map((f) => f.name)).toEqual([manifest.common!.file, ...manifest.parts!.map((p) => p.file)])
  })

  it("hashes each file's content without its hash field, as the app checks it", () => {
    const { files, file } = split([bangkokA, samutPrakan])
    for (const { name, hash } of files) {
      expect(file(name).hash).toBe(hash)
      expect(sha256Hex(partHashInput(file(name)))).toBe(hash)
    }
  })

  it('keeps the name and hash of a province whose places did not change, and changes only the one that did', () => {
    const before = split([bangkokA, samutPrakan]).manifest
    const after = split([bangkokA, { ...samutPrakan, name: { th: 'ใหม่' } }]).manifest
    expect(after.parts![0]).toEqual(before.parts![0])
    expect(after.parts![1]!.file).not.toBe(before.parts![1]!.file)
    expect(after.common).toEqual(before.common)
    expect(after.hash).not.toBe(before.hash)
  })

  it('carries a workshop dataset’s demo mark in the common file', () => {
    const demo = split([bangkokA], true)
    const real = split([bangkokA])
    expect(demo.file(demo.manifest.common!.file).demo).toBe(true)
    expect(real.file(real.manifest.common!.file).demo).toBeUndefined()
  })
})

describe('mergeParts', () => {
  it('puts the split back together into exactly the published dataset (same hash input), demo mark included', () => {
    for (const demo of [false, true]) {
      const { dataset: whole, manifest, file } = split([bangkokA, samutPrakan, bangkokC, shelter], demo)
      const merged = mergeParts(manifest, file(manifest.common!.file), manifest.parts!.map((p) => file(p.file)).reverse())
      expect(merged).toEqual(whole)
      expect(canonicalJson(merged)).toBe(canonicalJson(whole))
    }
  })
})

describe('provinceOf', () => {
  it('is the first two digits of a district code', () => {
    expect([1001, 1050, 1101, 1106, 7401].map(provinceOf)).toEqual([10, 10, 11, 11, 74])
  })
})
