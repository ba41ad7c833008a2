import { describe, expect, it } from 'vitest'
import type { DatasetPartEntry } from '@common/place'
import { makePlace } from './datasetUpdate.fixtures'
import { dropProvinces, isUpToDate, missingAreas, nextStoredSplit, partFetchOrder, planPartsUpdate, replaceProvince, START_VIEW_CENTRE, storedSplitOf, type StoredSplit } from './datasetParts'

const entry = (province: number, hash: string, bounds: DatasetPartEntry['bounds']): DatasetPartEntry => ({
  province,
  name: { th: `จังหวัด ${province}`, en: `Province ${province}` },
  placeCount: 1,
  bounds,
  file: `dataset.p${province}.${hash.slice(0, 8)}.json`,
  hash: hash.padEnd(64, '0'),
})
// Bangkok's box holds the start view; Nonthaburi (12) is just north, Chon Buri (20) far south-east; 99 has contact cards only.
const bangkok = entry(10, 'aa', { south: 13.5, west: 100.3, north: 13.95, east: 100.95 })
const nonthaburi = entry(12, 'bb', { south: 13.8, west: 100.3, north: 14.1, east: 100.6 })
const chonBuri = entry(20, 'cc', { south: 12.5, west: 100.8, north: 13.6, east: 101.7 })
const cardsOnly = entry(99, 'dd', null)
const manifest = { hash: 'f'.repeat(64), common: { file: 'dataset.common.11111111.json', hash: '1'.repeat(64) }, parts: [bangkok, nonthaburi, chonBuri, cardsOnly] }
const storedAll: StoredSplit = { common: manifest.common.hash, parts: manifest.parts.map(({ province, name, hash }) => ({ province, name, hash })) }

describe('partFetchOrder', () => {
  it('puts the part around the start view first, then nearer before farther, parts without a box last', () => {
    expect(partFetchOrder([cardsOnly, chonBuri, nonthaburi, bangkok], START_VIEW_CENTRE).map((p) => p.province)).toEqual([10, 12, 20, 99])
  })

  it('orders by where it is asked to start, never needing the person’s position', () => {
    expect(partFetchOrder([bangkok, chonBuri], { lat: 13.0, lng: 101.2 }).map((p) => p.province)).toEqual([20, 10])
  })
})

describe('planPartsUpdate', () => {
  it('fetches everything on a first visit, the start view’s province first', () => {
    const plan = planPartsUpdate(undefined, manifest, START_VIEW_CENTRE)
    expect(plan).toEqual({ common: true, fetch: [bangkok, nonthaburi, chonBuri, cardsOnly], drop: [] })
  })

  it('fetches only the parts whose hash changed, and nothing when none did', () => {
    const changed = { ...manifest, parts: [bangkok, { ...chonBuri, hash: 'e'.repeat(64) }, nonthaburi, cardsOnly] }
    expect(planPartsUpdate(storedAll, changed, START_VIEW_CENTRE)).toEqual({ common: false, fetch: [changed.parts[1]], drop: [] })
    expect(isUpToDate(planPartsUpdate(storedAll, manifest, START_VIEW_CENTRE))).toBe(true)
  })

  it('fetches a part never downloaded, the common file when it changed, and drops a province no longer listed', () => {
    const stored: StoredSplit = { common: 'old', parts: [...storedAll.parts.slice(0, 3).map((p, i) => (i === 1 ? { ...p, hash: null } : p)), { province: 77, name: { th: 'x' }, hash: 'a'.repeat(64) }] }
    const plan = planPartsUpdate(stored, manifest, START_VIEW_CENTRE)
    expect(plan).toEqual({ common: true, fetch: [nonthaburi, cardsOnly], drop: [77] })
    expect(isUpToDate(plan)).toBe(false)
  })
})

describe('storedSplitOf', () => {
  it('keeps the meta’s own split; a whole dataset stored before the split counts as current only with the same hash', () => {
    expect(storedSplitOf(undefined, manifest)).toBeUndefined()
    expect(storedSplitOf({ hash: 'x', split: storedAll }, manifest)).toBe(storedAll)
    expect(storedSplitOf({ hash: manifest.hash }, manifest)).toEqual(storedAll)
    const stale = storedSplitOf({ hash: 'old' }, manifest)!
    expect(isUpToDate(planPartsUpdate(stale, manifest, START_VIEW_CENTRE))).toBe(false)
    // Stale, not missing: its places are on the phone until their part arrives.
    expect(missingAreas(stale)).toEqual([])
  })
})

describe('nextStoredSplit and missingAreas', () => {
  it('lists the manifest’s provinces with what is stored now, and names the ones not downloaded yet', () => {
    const split = nextStoredSplit(undefined, manifest, manifest.common.hash, new Map([[10, bangkok.hash]]))
    expect(split.parts.map((part) => part.hash)).toEqual([bangkok.hash, null, null, null])
    expect(missingAreas(split).map((name) => name.en)).toEqual(['Province 12', 'Province 20', 'Province 99'])
    const later = nextStoredSplit(split, manifest, manifest.common.hash, new Map([[12, nonthaburi.hash]]))
    expect(later.parts.map((part) => part.hash)).toEqual([bangkok.hash, nonthaburi.hash, null, null])
  })

  it('names the province a warm start draws first: the start view’s, never one with contact cards only', () => {
    expect(nextStoredSplit(undefined, manifest, manifest.common.hash, new Map()).first).toBe(10)
    expect(nextStoredSplit(undefined, { parts: [cardsOnly, chonBuri] }, manifest.common.hash, new Map()).first).toBe(20)
    expect(nextStoredSplit(undefined, { parts: [cardsOnly] }, manifest.common.hash, new Map())).not.toHaveProperty('first')
  })

  it('names none when the start view’s province holds more than half of the places (it would be read twice)', () => {
    const mostlyBangkok = { parts: [{ ...bangkok, placeCount: 119 }, { ...chonBuri, placeCount: 23 }] }
    expect(nextStoredSplit(undefined, mostlyBangkok, manifest.common.hash, new Map())).not.toHaveProperty('first')
    const half = { parts: [{ ...bangkok, placeCount: 23 }, { ...chonBuri, placeCount: 23 }] }
    expect(nextStoredSplit(undefined, half, manifest.common.hash, new Map()).first).toBe(10)
  })
})

describe('replaceProvince and dropProvinces', () => {
  const a = makePlace('a', { districtCode: 1002 })
  const b = makePlace('b', { districtCode: 1101 })
  const c = makePlace('c', { districtCode: 1101 })

  it('replaces one province’s places and keeps the others', () => {
    const renamed = { ...b, name: { th: 'ใหม่' } }
    expect(replaceProvince([a, b, c], 11, [renamed])).toEqual([a, renamed])
  })

  it('takes a place that moved province out of its old one (no place twice)', () => {
    const moved = { ...b, districtCode: 1002 }
    expect(replaceProvince([a, b, c], 10, [a, moved])).toEqual([c, a, moved])
  })

  it('drops the places of provinces no longer listed', () => {
    expect(dropProvinces([a, b, c], [11])).toEqual([a])
    expect(dropProvinces([a, b], [])).toEqual([a, b])
  })
})
