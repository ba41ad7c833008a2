import { performance } from 'node:perf_hooks'
import { buildNearestIndex } from '../../src/domain/nearest'
import { rankPlaces, type PlaceFilters } from '../../src/domain/ranking'
import { PLACE_KINDS, type Place } from '@common/place'
import { seeded } from './seeded'

const PLACE_COUNT = 10_000
const REPEATS = 20

function syntheticPlaces(count: number): Place[] {
  const random = seeded(42)
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    kind: PLACE_KINDS[i % 5]!,
    name: { th: `สถานที่ทดสอบ ${i}`, en: `Bench place ${i}` },
    districtCode: 1001 + (i % 50),
    phones: [],
    hours: i % 3 === 0 ? { kind: '24h' as const } : undefined,
    services: [],
    visibility: 'exact' as const,
    location: { lat: 13.6 + random() * 0.35, lng: 100.35 + random() * 0.5 },
    verification: { status: 'unverified' as const },
    source: 'bench',
    updatedAt: '2026-11-24',
  }))
}

function medianMs(run: () => void): number {
  const times: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!
}

/** Median times on 10,000 places: building the nearest index, then ranking and searching with it (memoised, as in the app). */
export function benchRanking(): string[] {
  const places = syntheticPlaces(PLACE_COUNT)
  const origin = { lat: 13.78, lng: 100.51 }
  const filters = (overrides: Partial<PlaceFilters>): PlaceFilters => ({
    kinds: [],
    open24h: false,
    need: 'any',
    query: '',
    districtCode: null,
    ...overrides,
  })
  const rows: Array<[string, () => void]> = [
    ['build kdbush index', () => buildNearestIndex(places)],
    ['rank from a point, need "hurt"', () => rankPlaces(places, { origin, filters: filters({ need: 'hurt' }), districts: [] })],
    ['rank with open-24h filter', () => rankPlaces(places, { origin, filters: filters({ open24h: true }), districts: [] })],
    ['search "ทดสอบ 99"', () => rankPlaces(places, { origin, filters: filters({ query: 'ทดสอบ 99' }), districts: [] })],
  ]
  return rows.map(([label, run]) => `${`${label} (${PLACE_COUNT} places)`.padEnd(44)} median ${medianMs(run).toFixed(1)} ms (n=${REPEATS})`)
}
