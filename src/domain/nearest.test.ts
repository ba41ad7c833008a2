import { describe, expect, it } from 'vitest'
import { distanceKm } from '@common/geo'
import { buildNearestIndex, placesAround, placesByDistance, readableDistance } from './nearest'
import type { Place } from '@common/place'
import { DUSIT_POINT, makePlace, PLACES } from '../../tests/unit/fixtures/findingPlaces'

// A deterministic pseudo-random generator (mulberry32), so the fixture is the same on every run.
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = seeded(42)
const scattered: Place[] = Array.from({ length: 300 }, (_, i) =>
  makePlace({
    id: `p${i}`,
    kind: i % 3 === 0 ? 'police_station' : 'hospital',
    location: { lat: 13.5 + random() * 0.5, lng: 100.3 + random() * 0.6 },
  }),
)

function bruteForce(places: readonly Place[], accept: (place: Place) => boolean = () => true) {
  return places
    .flatMap((place) => (place.location && accept(place) ? [{ id: place.id, km: distanceKm(DUSIT_POINT, place.location) }] : []))
    .sort((a, b) => a.km - b.km)
}

describe('placesAround (kdbush + geokdbush)', () => {
  it('returns the same order and distances as a brute-force scan, through the index and for every place', () => {
    const expected = bruteForce(scattered)
    for (const found of [placesAround(buildNearestIndex(scattered), DUSIT_POINT, { limit: 40 }), placesAround(buildNearestIndex(scattered), DUSIT_POINT)]) {
      expect(found.map((n) => n.place.id)).toEqual(expected.slice(0, found.length).map((e) => e.id))
      found.forEach((n, i) => expect(n.distanceKm).toBeCloseTo(expected[i]?.km ?? NaN, 9))
    }
    expect(placesAround(buildNearestIndex(scattered), DUSIT_POINT)).toHaveLength(scattered.length)
  })

  it('honours a limit and a filter', () => {
    const isPolice = (place: Place) => place.kind === 'police_station'
    const found = placesAround(buildNearestIndex(scattered), DUSIT_POINT, { limit: 5, accept: isPolice })
    expect(found.map((n) => n.place.id)).toEqual(bruteForce(scattered, isPolice).slice(0, 5).map((e) => e.id))
  })

  it('finds none farther than a distance, through the index and for every place', () => {
    const within5 = bruteForce(scattered).filter((e) => e.km <= 5).map((e) => e.id)
    expect(within5.length).toBeGreaterThan(0)
    expect(within5.length).toBeLessThan(scattered.length)
    for (const limit of [scattered.length, 1000, within5.length + 3]) {
      expect(placesAround(buildNearestIndex(scattered), DUSIT_POINT, { limit, maxKm: 5 }).map((n) => n.place.id)).toEqual(within5)
    }
  })

  it('leaves out places without a published location', () => {
    const index = buildNearestIndex(PLACES)
    expect(index.located.some((place) => place.location === null)).toBe(false)
    expect(placesAround(index, DUSIT_POINT).map((n) => n.place.id)).not.toContain('shelter-hidden')
  })

  it('works on an empty list', () => {
    expect(placesAround(buildNearestIndex([]), DUSIT_POINT)).toEqual([])
  })
})

describe('placesByDistance', () => {
  it('orders every located place the filter lets through, closest first, like the index does', () => {
    const isPolice = (place: Place) => place.kind === 'police_station'
    expect(placesByDistance(scattered, DUSIT_POINT, isPolice).map((n) => n.place.id)).toEqual(bruteForce(scattered, isPolice).map((e) => e.id))
    expect(placesByDistance(PLACES, DUSIT_POINT).map((n) => n.place.id)).not.toContain('shelter-hidden')
  })
})

describe('readableDistance', () => {
  it('rounds metres to 50 under 1 km and kilometres to one decimal above', () => {
    expect(readableDistance(0.012)).toEqual({ unit: 'm', value: 50 })
    expect(readableDistance(0.437)).toEqual({ unit: 'm', value: 450 })
    expect(readableDistance(0.99)).toEqual({ unit: 'km', value: 1 })
    expect(readableDistance(1.234)).toEqual({ unit: 'km', value: 1.2 })
    expect(readableDistance(12.96)).toEqual({ unit: 'km', value: 13 })
  })
})
