import { describe, expect, it } from 'vitest'
import { countByKind, countByOrigin, datasetDate } from './datasetSummary'
import type { PlaceKind } from '@common/place'
import { makePlace } from '../../tests/unit/fixtures/findingPlaces'

const place = (id: string, kind: PlaceKind, verified: boolean) =>
  makePlace({ id, kind, ...(verified ? {} : { verification: { status: 'unverified' } }) })

describe('countByKind', () => {
  it('counts each kind by verification status, in the model order, leaving out empty kinds', () => {
    const counts = countByKind([
      place('p1', 'police_station', false),
      place('h1', 'oscc_hospital', true),
      place('h2', 'oscc_hospital', false),
      place('p2', 'police_station', false),
    ])
    expect(counts).toEqual([
      { kind: 'oscc_hospital', total: 2, verified: 1, unverified: 1 },
      { kind: 'police_station', total: 2, verified: 0, unverified: 2 },
    ])
  })
})

describe('countByOrigin', () => {
  it('counts places by what their details rest on, in the model order, leaving out origins no place has', () => {
    const counts = countByOrigin([
      makePlace({ id: 'a', kind: 'hospital', origin: 'open_data' }),
      makePlace({ id: 'b', kind: 'police_station', origin: 'team_estimate' }),
      makePlace({ id: 'c', kind: 'hospital', origin: 'open_data' }),
    ])
    expect(counts).toEqual([
      { origin: 'team_estimate', total: 1 },
      { origin: 'open_data', total: 2 },
    ])
  })
})

describe('datasetDate', () => {
  it('is the latest date any place was updated, whatever the order', () => {
    const dated = (id: string, updatedAt: string) => makePlace({ id, kind: 'police_station', updatedAt })
    expect(datasetDate([dated('a', '2026-10-02'), dated('b', '2026-11-24'), dated('c', '2026-11-03')])).toBe('2026-11-24')
  })

  it('is null for no places', () => {
    expect(datasetDate([])).toBeNull()
  })
})
