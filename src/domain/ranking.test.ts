import { describe, expect, it } from 'vitest'
import { rankPlaces, type PlaceFilters } from './ranking'
import { DISTRICTS, DUSIT_POINT, IDS_WITHOUT_ORIGIN, PLACES } from '../../tests/unit/fixtures/findingPlaces'

const ANY: PlaceFilters = { kinds: [], open24h: false, need: 'any', query: '', districtCode: null }
const rank = (filters: Partial<PlaceFilters>, origin = DUSIT_POINT as typeof DUSIT_POINT | null) =>
  rankPlaces(PLACES, { origin, filters: { ...ANY, ...filters }, districts: DISTRICTS })
const ids = (filters: Partial<PlaceFilters>, origin?: typeof DUSIT_POINT | null) => rank(filters, origin).map((r) => r.place.id)

describe('rankPlaces with an origin', () => {
  it('orders located places by straight-line distance, nearest first', () => {
    expect(ids({})).toEqual([
      'hospital-nearest',
      'police-dusit',
      'oscc-near',
      'community-wat',
      'oscc-far',
      'police-samut-prakan',
      'support-hidden',
      'shelter-hidden',
    ])
    const distances = rank({}).flatMap((r) => (r.distanceKm === null ? [] : [r.distanceKm]))
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances[0]).toBeGreaterThan(0.05)
    expect(distances[0]).toBeLessThan(0.1)
  })

  it('puts OSCC hospitals first when the person was hurt, then hospitals, then police, each by distance', () => {
    expect(ids({ need: 'hurt' })).toEqual([
      'oscc-near',
      'oscc-far',
      'hospital-nearest',
      'police-dusit',
      'police-samut-prakan',
      'community-wat',
      'support-hidden',
      'shelter-hidden',
    ])
  })

  it('lists hidden places as contact cards at the end, never with a distance', () => {
    const hidden = rank({ need: 'hurt' }).filter((r) => r.place.location === null)
    expect(hidden.map((r) => r.place.id)).toEqual(['support-hidden', 'shelter-hidden'])
    expect(hidden.every((r) => r.distanceKm === null)).toBe(true)
    expect(rank({}).slice(-2).map((r) => r.place.visibility)).toEqual(['hidden', 'hidden'])
  })
})

describe('rankPlaces without an origin', () => {
  it('orders by kind (OSCC first) then Thai name, with no distances', () => {
    const ranked = rank({}, null)
    expect(ranked.map((r) => r.place.id)).toEqual(IDS_WITHOUT_ORIGIN)
    expect(ranked.every((r) => r.distanceKm === null)).toBe(true)
  })
})

describe('rankPlaces filters', () => {
  it('keeps only the chosen kinds (empty means all)', () => {
    expect(ids({ kinds: ['police_station'] })).toEqual(['police-dusit', 'police-samut-prakan'])
    expect(ids({ kinds: ['shelter', 'oscc_hospital'] })).toEqual(['oscc-near', 'oscc-far', 'shelter-hidden'])
  })

  it('keeps only places open 24 hours, contact cards included', () => {
    expect(ids({ open24h: true })).toEqual(['police-dusit', 'oscc-near', 'oscc-far', 'shelter-hidden'])
  })

  it('keeps only one district when a district code is set', () => {
    expect(ids({ districtCode: 1101 })).toEqual(['police-samut-prakan'])
  })

  it('searches names and district names, combined with the other filters', () => {
    expect(ids({ query: 'สน.ดุสิต' })).toEqual(['police-dusit'])
    expect(ids({ query: 'ปทุมวัน' })).toEqual(['oscc-far'])
    expect(ids({ query: 'รพ', need: 'hurt' })).toEqual(['oscc-near', 'oscc-far', 'hospital-nearest'])
    expect(ids({ query: 'โรงพยาบาล', open24h: true })).toEqual(['oscc-near', 'oscc-far'])
    expect(ids({ query: 'ไม่มีที่นี่' })).toEqual([])
  })
})
