import { describe, expect, it } from 'vitest'
import { countByKind, countByOrigin } from './datasetSummary'
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
