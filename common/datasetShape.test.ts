import { describe, expect, it } from 'vitest'
import { placesProblem } from './datasetShape'
import type { Place } from './place'

const place: Place = {
  id: 'police-test',
  kind: 'police_station',
  name: { th: 'สถานีทดสอบ' },
  districtCode: 1002,
  phones: [],
  services: [],
  visibility: 'exact',
  location: { lat: 13.77, lng: 100.51 },
  verification: { status: 'verified', verifiedAt: '2026-12-01', source: 'community_volunteer' },
  origin: 'team_estimate',
  updatedAt: '2026-12-01',
}

describe('placesProblem: check days', () => {
  it('accepts a place with a real day per known fact, or without checks', () => {
    expect(placesProblem([place])).toBeUndefined()
    expect(placesProblem([{ ...place, checks: { location: '2026-12-01', oscc: '2026-11-30' } }])).toBeUndefined()
  })

  it('refuses an unknown fact or a day that is not a real date', () => {
    expect(placesProblem([{ ...place, checks: { colour: '2026-12-01' } }])).toMatch(/checks/)
    expect(placesProblem([{ ...place, checks: { phone: '2026-02-30' } }])).toMatch(/checks/)
  })
})
