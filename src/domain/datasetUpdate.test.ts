import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { canonicalJson } from '@common/canonicalJson'
import { publishDataset } from '@common/dataset'
import { makeDataset, makePlace, makeSplitDataset, manifestFor } from './datasetUpdate.fixtures'
import {
  datasetHashInput,
  datasetUrlFor,
  manifestUrlFor,
  metaForDataset,
  parseManifest,
  shouldUpdate,
  validateCommonShape,
  validateDatasetShape,
  validatePartShape,
  type Checked,
} from './datasetUpdate'
import type { Dataset, Place } from '@common/place'

const dataset = makeDataset('2026.11.24', ['police-a', 'police-b'])
const manifest = manifestFor(dataset)

function problemOf<T>(result: Checked<T>): string {
  return result.ok ? 'ok' : result.problem
}

/** The dataset as JSON text after `change`, parsed back: what a faulty build or server would send. */
function alteredDataset(change: (json: Record<string, unknown>) => void): unknown {
  const json = JSON.parse(JSON.stringify(dataset)) as Record<string, unknown>
  change(json)
  return json
}

describe('manifest and dataset URLs', () => {
  it('puts the manifest under the base path, with or without a trailing slash', () => {
    expect(manifestUrlFor('/')).toBe('/data/manifest.json')
    expect(manifestUrlFor('/safe-space-map/')).toBe('/safe-space-map/data/manifest.json')
    expect(manifestUrlFor('/safe-space-map')).toBe('/safe-space-map/data/manifest.json')
  })

  it('finds the dataset file next to the manifest', () => {
    expect(datasetUrlFor('/safe-space-map/data/manifest.json', { ...manifest, file: 'dataset.ab12cd34.json' })).toBe(
      '/safe-space-map/data/dataset.ab12cd34.json',
    )
  })
})

describe('parseManifest', () => {
  it('accepts a manifest the build writes', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual({ ok: true, value: manifest })
  })

  it.each([
    ['not an object', []],
    ['no version', { ...manifest, version: '' }],
    ['no hash', { ...manifest, hash: 7 }],
    ['a negative count', { ...manifest, placeCount: -1 }],
    ['a fractional count', { ...manifest, placeCount: 1.5 }],
  ])('refuses a manifest with %s', (_case, json) => {
    expect(parseManifest(json).ok).toBe(false)
  })

  it.each(['../secret.json', 'https://elsewhere.example/d.json', 'sub/dataset.json', 'dataset.txt', ''])(
    'refuses a dataset file name that leaves the data folder: %j',
    (file) => {
      expect(problemOf(parseManifest({ ...manifest, file }))).toMatch(/file/)
    },
  )
})

describe('shouldUpdate', () => {
  it('downloads when nothing is stored', () => {
    expect(shouldUpdate(undefined, manifest)).toBe(true)
  })

  it('does not download the version already stored', () => {
    expect(shouldUpdate({ version: manifest.version, hash: manifest.hash }, manifest)).toBe(false)
  })

  it('downloads a different version', () => {
    expect(shouldUpdate({ version: '2026.11.01', hash: 'old' }, manifest)).toBe(true)
  })

  it('downloads the same version rebuilt with different content', () => {
    expect(shouldUpdate({ version: manifest.version, hash: 'other' }, manifest)).toBe(true)
  })
})

describe('validateDatasetShape', () => {
  it('accepts the dataset the manifest announced', () => {
    const result = validateDatasetShape(JSON.parse(JSON.stringify(dataset)), manifest)
    expect(result).toEqual({ ok: true, value: dataset })
  })

  it('accepts every optional field in its allowed form', () => {
    const full = makeDataset('v', [])
    full.places = [
      makePlace('a', {
        address: { th: 'ที่อยู่ทดสอบ' },
        phones: [{ e164: '1300', display: '1300', label: { th: 'สายด่วน', en: 'Hotline' } }],
        hours: { kind: 'text', text: { th: 'จันทร์–ศุกร์', en: 'Mon–Fri' } },
        visibility: 'approximate',
        location: { lat: 13.6, lng: 100.6, uncertaintyM: 500 },
        verification: { status: 'verified', verifiedAt: '2026-11-20', source: 'https://example.org' },
      }),
      makePlace('b', { kind: 'shelter', visibility: 'hidden', location: null, hours: { kind: '24h' } }),
    ]
    expect(problemOf(validateDatasetShape(full, manifestFor(full)))).toBe('ok')
  })

  it.each<[string, (json: Record<string, unknown>) => void, RegExp]>([
    ['another version', (json) => (json.version = 'other'), /version/],
    ['another hash', (json) => (json.hash = 'other'), /hash/],
    ['fewer places than announced (truncated)', (json) => (json.places as unknown[]).pop(), /1 places.*says 2/],
    ['no places list', (json) => delete json.places, /places is not a list/],
    ['a repeated place id', (json) => ((json.places as Place[])[1]!.id = 'police-a'), /places\[1\] repeats police-a/],
    ['an unknown kind', (json) => ((json.places as Place[])[0]!.kind = 'bar' as never), /places\[0\] kind/],
    ['a place without Thai name', (json) => ((json.places as Place[])[0]!.name = { th: '', en: 'x' }), /name/],
    ['an unknown service', (json) => ((json.places as Place[])[0]!.services = ['spa' as never]), /services/],
    ['a lat that is text', (json) => ((json.places as Place[])[0]!.location = { lat: '13' as never, lng: 100 }), /location/],
    ['an area too wide to draw (1e308 m)', (json) => ((json.places as Place[])[0]!.location = { lat: 13.7, lng: 100.5, uncertaintyM: 1e308 }), /location/],
    ['a visible place without location', (json) => ((json.places as Place[])[0]!.location = null), /no location/],
    ['a bad phone', (json) => ((json.places as Place[])[0]!.phones = [{ e164: '', display: 'x' }]), /phones\[0\]/],
    ['a bad verification', (json) => ((json.places as Place[])[0]!.verification = { status: 'maybe' } as never), /verification/],
    ['a repeated district code', (json) => (json.districts = [...(json.districts as unknown[]), (json.districts as unknown[])[0]]), /districts\[2\] repeats/],
    ['a district in another province', (json) => ((json.districts as Dataset['districts'])[0]!.province = 'chiang_mai' as never), /province/],
    ['a hotline of unknown kind', (json) => ((json.hotlines as Record<string, unknown>[])[0]!.kind = 'fax'), /hotlines\[0\] kind/],
    ['a LINE hotline without url', (json) => delete (json.hotlines as Record<string, unknown>[])[1]!.url, /LINE/],
    ['attribution that is not text', (json) => (json.attribution = [1]), /attribution/],
  ])('refuses a dataset with %s', (_case, change, problem) => {
    expect(problemOf(validateDatasetShape(alteredDataset(change), manifest))).toMatch(problem)
  })

  it.each<[string, Partial<Place>]>([
    ['a hidden place with coordinates', { visibility: 'hidden', location: { lat: 13.7, lng: 100.5 } }],
    ['a hidden place with an address', { visibility: 'hidden', location: null, address: { th: 'ที่อยู่' } }],
    ['a shelter with a pin', { kind: 'shelter', visibility: 'exact' }],
  ])('refuses %s, so a faulty build cannot reveal a shelter', (_case, overrides) => {
    const leaky = makeDataset('v', ['a'])
    leaky.places = [makePlace('a', overrides)]
    expect(problemOf(validateDatasetShape(leaky, manifestFor(leaky)))).toMatch(/hidden place or shelter/)
  })

  it('refuses something that is not an object', () => {
    expect(problemOf(validateDatasetShape('<html>', manifest))).toMatch(/not an object/)
  })
})

describe('metaForDataset', () => {
  it('records version, hash, count, attribution and download time, which is also its last check for updates', () => {
    expect(metaForDataset(dataset, new Date('2026-11-24T08:00:00Z'))).toEqual({
      version: dataset.version,
      hash: dataset.hash,
      fetchedAt: '2026-11-24T08:00:00.000Z',
      checkedAt: '2026-11-24T08:00:00.000Z',
      placeCount: 2,
      attribution: dataset.attribution,
    })
  })
})

describe('datasetHashInput', () => {
  it('covers the content, not the version or hash', () => {
    const renamed = { ...dataset, version: 'other', hash: 'other' }
    expect(datasetHashInput(renamed)).toBe(datasetHashInput(dataset))
    const edited = { ...dataset, places: [makePlace('police-a', { phones: [{ e164: '1301', display: '1301' }] }), dataset.places[1]!] }
    expect(datasetHashInput(edited)).not.toBe(datasetHashInput(dataset))
  })

  it('lets the app check exactly what the build publishes', () => {
    const { places, districts, hotlines, attribution } = makeDataset('ignored', ['police-b', 'police-a'])
    const content = { places, districts, hotlines, attribution }
    const published = publishDataset(content, createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex'))
    // What the phone receives: the file text the build writes, parsed.
    const received = JSON.parse(canonicalJson(published.dataset)) as unknown
    const checked = validateDatasetShape(received, JSON.parse(JSON.stringify(published.manifest)))
    expect(problemOf(checked)).toBe('ok')
    const hash = createHash('sha256').update(datasetHashInput(received as Dataset), 'utf8').digest('hex')
    expect(hash).toBe(published.manifest.hash)
  })
})

describe('a split manifest and its files', () => {
  const split = makeSplitDataset('2026.11.24', [makePlace('a', { districtCode: 1002 }), makePlace('b', { districtCode: 1101, location: { lat: 13.6, lng: 100.6 } })])

  it('keeps the common file and the parts of a manifest that lists them', () => {
    const parsed = parseManifest(JSON.parse(JSON.stringify(split.manifest)))
    expect(parsed).toEqual({ ok: true, value: split.manifest })
    expect(parseManifest(manifestFor(split.dataset))).toEqual({ ok: true, value: manifestFor(split.dataset) })
  })

  it.each([
    ['a part with a path in its file name', { parts: [{ ...split.manifest.parts![0], file: '../x.json' }, split.manifest.parts![1]] }],
    ['parts that do not add up to placeCount', { parts: [split.manifest.parts![0]] }],
    ['one province listed twice', { parts: [split.manifest.parts![0], split.manifest.parts![0]], placeCount: 2 }],
    ['parts without a common file', { common: undefined }],
    ['a box that is not numbers', { parts: [{ ...split.manifest.parts![0], bounds: { south: 'x' } }, split.manifest.parts![1]] }],
  ])('refuses %s', (_case, change) => {
    expect(parseManifest({ ...split.manifest, ...change }).ok).toBe(false)
  })

  it('accepts a part that is the one listed, and refuses one of another province or count', () => {
    const [bangkok, samutPrakan] = split.manifest.parts!
    expect(validatePartShape(split.part(10), bangkok!)).toEqual({ ok: true, value: split.part(10) })
    expect(validatePartShape(split.part(11), bangkok!).ok).toBe(false)
    expect(validatePartShape({ ...split.part(11), province: 10, hash: bangkok!.hash }, bangkok!)).toMatchObject({ ok: false, problem: 'part holds a place of another province' })
    expect(validatePartShape({ ...split.part(11), places: [] }, samutPrakan!)).toMatchObject({ ok: false })
    expect(validateCommonShape(split.common(), split.manifest.common!).ok).toBe(true)
    expect(validateCommonShape({ ...split.common(), hotlines: 'x' }, split.manifest.common!).ok).toBe(false)
  })
})
