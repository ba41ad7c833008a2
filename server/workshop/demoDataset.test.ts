import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '@common/canonicalJson'
import { datasetFileName } from '@common/dataset'
import { datasetHashInput, validateDatasetShape } from '@/domain/datasetUpdate'
import { buildDataset } from '../../geo/build/build'
import { sha256Hex } from '../../geo/build/hash'
import { buildDemoDataset, type DemoDataset } from './demoDataset'

const ROOT = resolve(import.meta.dirname, '../..')
let demo: DemoDataset
beforeAll(async () => {
  demo = await buildDemoDataset()
})

describe('the workshop demo dataset', () => {
  it('passes every rule of the real dataset build and is marked demo, with the mark inside the hash', () => {
    const { dataset } = demo
    expect(dataset.demo).toBe(true)
    const manifest = { version: dataset.version, hash: dataset.hash, file: datasetFileName(dataset.hash), placeCount: dataset.places.length }
    expect(validateDatasetShape(JSON.parse(canonicalJson(dataset)), manifest).ok).toBe(true)
    expect(sha256Hex(datasetHashInput(dataset))).toBe(dataset.hash)
    const unmarked = { ...dataset }
    delete unmarked.demo
    expect(sha256Hex(datasetHashInput(unmarked))).not.toBe(dataset.hash)
  })

  it('has only fictional places, around both pilot communities, each named as such', () => {
    const { places } = demo.dataset
    expect(places.length).toBeGreaterThanOrEqual(8)
    for (const place of places) {
      expect(place.name.th, place.id).toMatch(/\(.*สมมติ\)$/)
      expect(place.name.en, place.id).toMatch(/\(fictional.*\)$/)
    }
    expect(new Set(places.map((place) => place.districtCode))).toEqual(new Set([1001, 1002, 1101]))
    expect(places.map((place) => place.kind)).toEqual(expect.arrayContaining(['community', 'safe_house', 'oscc_hospital', 'hospital', 'police_station', 'shelter', 'support_org']))
  })

  it('gives places only numbers in 02 000 00xx, which no Thai exchange assigns, labelled as not connecting', () => {
    const phones = demo.dataset.places.flatMap((place) => place.phones)
    expect(phones.length).toBeGreaterThan(0)
    for (const phone of phones) {
      expect(phone.e164).toMatch(/^\+66200000\d\d$/)
      expect(phone.label?.th).toContain('โทรไม่ติด')
      expect(phone.label?.en).toContain('does not connect')
    }
  })

  it('keeps the real hotlines and district outlines', async () => {
    const real = await buildDataset({ geoDir: resolve(ROOT, 'geo'), boundariesDir: resolve(ROOT, 'geo/boundaries'), displayRoot: ROOT })
    if (!real.ok) throw new Error('the real dataset does not build')
    expect(demo.dataset.hotlines).toEqual(real.dataset.hotlines)
    expect(demo.dataset.districts).toEqual(real.dataset.districts)
    const realIds = new Set(real.dataset.places.map((place) => place.id))
    expect(demo.dataset.places.filter((place) => realIds.has(place.id))).toEqual([])
  })
})
