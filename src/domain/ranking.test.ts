import { describe, expect, it } from 'vitest'
import type { LatLng, Place, PlaceKind, Service } from '@common/place'
import { searchVocabulary } from '../../tests/unit/fixtures/searchWords'
import { placeFinder } from './searchIndex'
import { distanceKm } from '@common/geo'
import { filterPlaces, hurtOrder, rankPlaces, type PlaceFilters } from './ranking'
import { placesAround, placesByDistance, buildNearestIndex } from './nearest'
import { DISTRICTS, DUSIT_POINT, IDS_WITHOUT_ORIGIN, PLACES, listedInOrder, makePlace } from '../../tests/unit/fixtures/findingPlaces'

const ANY: PlaceFilters = { kinds: [], open24h: false, need: 'any', query: '', districtCode: null }
const rank = (filters: Partial<PlaceFilters>, origin = DUSIT_POINT as typeof DUSIT_POINT | null) =>
  listedInOrder(rankPlaces(PLACES, { origin, filters: { ...ANY, ...filters }, findPlaces: placeFinder(DISTRICTS, searchVocabulary()) }))
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

  it("finds places by the app's own kind and service words, in Thai and English", () => {
    expect(ids({ query: 'ศูนย์พึ่งได้' })).toEqual(['oscc-near', 'oscc-far'])
    expect(ids({ query: 'OSCC' })).toEqual(['oscc-near', 'oscc-far'])
    expect(ids({ query: 'police station' })).toEqual(['police-dusit', 'police-samut-prakan'])
  })

  it('lists names found only with a typo after every name spelled as typed, each part nearest first', () => {
    // "ตำรวด": a typo of ตำรวจ; "โรงพยาบาลตำรวจ" holds it with one letter different.
    const ranked = rank({ query: 'รพ.ตำรวด' })
    expect(ranked.map((r) => [r.place.id, r.similarName ?? false])).toEqual([['oscc-far', true]])
    expect(ids({ query: 'วชิร' })).toEqual(['oscc-near'])
    const mixed = rank({ query: 'สถานีตำรวจนครบาลดุสต' })
    expect(mixed.map((r) => [r.place.id, r.similarName ?? false])).toEqual([['police-dusit', true]])
  })
})

// Places due north of the origin at a given distance: a table of cases needs distances it can read.
const ORIGIN: LatLng = { lat: 13.7, lng: 100.5 }
const KM_PER_DEGREE_LAT = 111.195
function placeAt(id: string, kind: PlaceKind, km: number, services: Service[] = []): Place {
  return makePlace({ id, kind, services, location: { lat: ORIGIN.lat + km / KM_PER_DEGREE_LAT, lng: ORIGIN.lng } })
}
const ER: Service[] = ['emergency_care']

describe('hurtOrder: the rule for "I was hurt", case by case', () => {
  it.each([
    {
      case: 'an OSCC far away and a hospital with an emergency room nearby: the OSCC first, the nearer hospital right after it, marked',
      places: [placeAt('oscc-20.9', 'oscc_hospital', 20.9), placeAt('er-1.2', 'hospital', 1.2, ER)],
      order: ['oscc-20.9', 'er-1.2*'],
    },
    {
      case: 'the OSCC is the nearest: distance alone, nothing marked',
      places: [placeAt('oscc-0.8', 'oscc_hospital', 0.8), placeAt('er-1.2', 'hospital', 1.2, ER)],
      order: ['oscc-0.8', 'er-1.2'],
    },
    {
      case: 'only the nearest of several nearer emergency rooms is brought up; the others keep their place among hospitals',
      places: [placeAt('oscc-5', 'oscc_hospital', 5), placeAt('oscc-9', 'oscc_hospital', 9), placeAt('er-2', 'hospital', 2, ER), placeAt('er-1.2', 'hospital', 1.2, ER)],
      order: ['oscc-5', 'er-1.2*', 'oscc-9', 'er-2'],
    },
    {
      case: 'a nearer hospital with no emergency room listed is not brought up',
      places: [placeAt('oscc-10', 'oscc_hospital', 10), placeAt('clinic-1', 'hospital', 1), placeAt('er-3', 'hospital', 3, ER)],
      order: ['oscc-10', 'er-3*', 'clinic-1'],
    },
    {
      case: 'with no OSCC in the list (filtered out), hospitals come first by distance, nothing marked',
      places: [placeAt('er-3', 'hospital', 3, ER), placeAt('er-1', 'hospital', 1, ER), placeAt('police-0.5', 'police_station', 0.5)],
      order: ['er-1', 'er-3', 'police-0.5'],
    },
    {
      case: 'police and everything else come after the hospitals, however near',
      places: [placeAt('community-0.2', 'community', 0.2), placeAt('police-0.5', 'police_station', 0.5), placeAt('oscc-4', 'oscc_hospital', 4)],
      order: ['oscc-4', 'police-0.5', 'community-0.2'],
    },
  ])('$case', ({ places, order }) => {
    const nearby = placesAround(buildNearestIndex(places), ORIGIN)
    expect(hurtOrder(nearby).map((r) => `${r.place.id}${r.nearerEmergencyRoom ? '*' : ''}`)).toEqual(order)
  })

  it('is what rankPlaces uses for need "hurt", with the filters applied first', () => {
    const places = [placeAt('oscc-20.9', 'oscc_hospital', 20.9), placeAt('er-1.2', 'hospital', 1.2, ER)]
    const rankedHurt = (kinds: PlaceKind[]) =>
      listedInOrder(rankPlaces(places, { origin: ORIGIN, filters: { ...ANY, need: 'hurt', kinds }, findPlaces: placeFinder([], searchVocabulary()) }))
    expect(rankedHurt([]).map((r) => [r.place.id, r.nearerEmergencyRoom ?? false])).toEqual([['oscc-20.9', false], ['er-1.2', true]])
    expect(rankedHurt(['oscc_hospital']).map((r) => r.place.id)).toEqual(['oscc-20.9'])
  })
})

describe('rankPlaces at national scale: the first pages are index queries with the full ranking’s order', () => {
  // The full ranking the list used before #14: every accepted place by distance, one sort, then the "hurt" rule.
  function fullRanking(places: readonly Place[], origin: LatLng, filters: PlaceFilters): string[] {
    const accept = filterPlaces(filters)
    const nearby = placesByDistance(places, origin, accept)
    if (filters.need !== 'hurt') return nearby.map((item) => item.place.id)
    const ofKind = (kind: PlaceKind) => nearby.filter((item) => item.place.kind === kind)
    const [nearestOscc, ...otherOsccs] = ofKind('oscc_hospital')
    const nearer = nearestOscc && nearby.find((item) => item.place.kind === 'hospital' && item.place.services.includes('emergency_care') && item.distanceKm < nearestOscc.distanceKm)
    return [
      ...(nearestOscc ? [nearestOscc] : []),
      ...(nearer ? [nearer] : []),
      ...otherOsccs,
      ...ofKind('hospital').filter((item) => item !== nearer),
      ...ofKind('police_station'),
      ...nearby.filter((item) => !['oscc_hospital', 'hospital', 'police_station'].includes(item.place.kind)),
    ].map((item) => item.place.id)
  }

  let seed = 14
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  const kinds: PlaceKind[] = ['oscc_hospital', 'hospital', 'hospital', 'police_station', 'police_station', 'safe_house', 'community', 'support_org', 'shelter']
  const places = Array.from({ length: 3000 }, (_, i) => {
    const kind = kinds[Math.floor(random() * kinds.length)]!
    return makePlace({
      id: `p${i}`,
      kind,
      districtCode: 1001 + (i % 7),
      hours: i % 3 === 0 ? { kind: '24h' } : undefined,
      services: kind === 'hospital' && random() < 0.5 ? ['emergency_care'] : [],
      visibility: kind === 'shelter' ? 'hidden' : 'exact',
      location: kind === 'shelter' ? null : { lat: 13.5 + random() * 0.5, lng: 100.3 + random() * 0.6 },
    })
  })
  const origins: LatLng[] = [{ lat: 13.75, lng: 100.5 }, { lat: 13.52, lng: 100.88 }, { lat: 14.2, lng: 100.1 }]
  const cases: Array<Partial<PlaceFilters>> = [{}, { need: 'hurt' }, { need: 'hurt', open24h: true }, { kinds: ['police_station', 'community'] }, { need: 'hurt', districtCode: 1003 }]

  it.each(cases)('%o: the first page, and the next ones, in the order of the full ranking', (overrides) => {
    const filters = { ...ANY, ...overrides }
    for (const origin of origins) {
      const list = rankPlaces(places, { origin, filters, findPlaces: () => null })
      const full = fullRanking(places, origin, filters)
      expect(list.locatedCount).toBe(full.length)
      for (const page of [15, 45]) expect(list.located(page).map((item) => item.place.id)).toEqual(full.slice(0, page))
      expect(list.located(Infinity).map((item) => item.place.id)).toEqual(full)
    }
  })

  it('gives each place its distance from the origin and marks the nearer emergency room', () => {
    const origin = origins[0]!
    const [first, second] = rankPlaces(places, { origin, filters: { ...ANY, need: 'hurt' }, findPlaces: () => null }).located(2)
    expect(first?.distanceKm).toBeCloseTo(distanceKm(origin, first!.place.location!), 9)
    expect(first?.place.kind).toBe('oscc_hospital')
    if (second?.place.kind === 'hospital') expect(second.nearerEmergencyRoom).toBe(true)
  })
})
