import { describe, expect, it } from 'vitest'
import { countByKind } from './datasetSummary'
import type { Place, PlaceKind } from './place'

function place(id: string, kind: PlaceKind, verified: boolean): Place {
  return {
    id,
    kind,
    name: { th: id },
    districtCode: 1002,
    phones: [],
    services: [],
    visibility: 'exact',
    location: { lat: 13.78, lng: 100.51 },
    verification: verified ? { status: 'verified', verifiedAt: '2026-11-20', source: 'https://example.org' } : { status: 'unverified' },
    source: 'test',
    updatedAt: '2026-11-24',
  }
}

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
