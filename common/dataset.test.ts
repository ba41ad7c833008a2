import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonicalJson'
import { datasetContent, datasetFileName, datasetVersion, publishDataset } from './dataset'
import type { District, Place } from './place'
import type { SourcePlace } from './placeSource'

const source = (id: string, updatedAt: string): SourcePlace => ({
  properties: {
    id,
    kind: 'community',
    name: { th: id },
    districtCode: 1002,
    phones: [],
    services: [],
    visibility: 'approximate',
    verification: { status: 'unverified' },
    origin: 'community_placeholder',
    source: 'memory: test',
    updatedAt,
  },
  point: { lat: 13.77, lng: 100.51 },
})
const districts: District[] = [
  { code: 1101, province: 'samut_prakan', name: { th: 'เมืองสมุทรปราการ' } },
  { code: 1002, province: 'bangkok', name: { th: 'ดุสิต' } },
]
const hash = 'ab12cd34'.padEnd(64, '0')

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined, b: null } })).toBe('{"a":{"b":null,"d":[2,1]},"b":1}')
  })
})

describe('datasetContent', () => {
  it('is the same text whatever order the sources came in', () => {
    const a = datasetContent([source('b', '2026-01-01'), source('a', '2026-01-02')], districts, [], ['x'])
    const b = datasetContent([source('a', '2026-01-02'), source('b', '2026-01-01')], [...districts].reverse(), [], ['x'])
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(a.places.map((p) => p.id)).toEqual(['a', 'b'])
    expect(a.districts.map((d) => d.code)).toEqual([1002, 1101])
  })

  it('changes when a source changes', () => {
    const a = datasetContent([source('a', '2026-01-01')], districts, [], [])
    const b = datasetContent([source('a', '2026-01-02')], districts, [], [])
    expect(canonicalJson(a)).not.toBe(canonicalJson(b))
  })
})

describe('datasetVersion and publishDataset', () => {
  it('is the latest updatedAt with dots, then the first 8 hex digits of the hash', () => {
    const places = [{ updatedAt: '2026-03-09' }, { updatedAt: '2026-11-24' }, { updatedAt: '2025-12-31' }] as Place[]
    expect(datasetVersion(places, hash)).toBe('2026.11.24-ab12cd34')
  })

  it('names the content-addressed dataset file in the manifest', () => {
    const content = datasetContent([source('a', '2026-01-01')], districts, [], [])
    const { dataset, manifest } = publishDataset(content, hash)
    expect(manifest).toEqual({ version: '2026.01.01-ab12cd34', hash, file: datasetFileName(hash), placeCount: 1 })
    expect(manifest.file).toBe('dataset.ab12cd34.json')
    expect(dataset.version).toBe(manifest.version)
  })
})
