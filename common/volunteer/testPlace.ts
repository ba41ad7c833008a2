import type { SourcePlace, SourcePlaceProperties } from '../placeSource'

/** A valid source place for tests, with any properties replaced (test fixture). */
export function testSourcePlace(overrides: Partial<SourcePlaceProperties> = {}, point: SourcePlace['point'] = { lat: 13.7765, lng: 100.5145 }): SourcePlace {
  return {
    properties: {
      id: 'police-test',
      kind: 'police_station',
      name: { th: 'สถานีตำรวจทดสอบ', en: 'Test police station' },
      districtCode: 1002,
      phones: [{ e164: '+6622822323', display: '02 282 2323' }],
      hours: '24h',
      services: ['police_report'],
      visibility: 'exact',
      verification: { status: 'unverified' },
      origin: 'team_estimate',
      source: 'memory: test',
      updatedAt: '2026-11-20',
      ...overrides,
    },
    point,
  }
}
