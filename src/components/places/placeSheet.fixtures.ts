import type { Place } from '@common/place'

// Test records only: the numbers and positions are made up and never shipped.
export const verifiedStation: Place = {
  id: 'police-test-verified',
  kind: 'police_station',
  name: { th: 'สถานีตำรวจทดสอบ', en: 'Test Police Station' },
  address: { th: '1 ถนนทดสอบ', en: '1 Test Road' },
  districtCode: 1002,
  phones: [{ e164: '+6621234567', display: '02 123 4567' }],
  hours: { kind: '24h' },
  services: ['police_report', 'child_protection'],
  visibility: 'exact',
  location: { lat: 13.77, lng: 100.51 },
  verification: { status: 'verified', verifiedAt: '2026-11-24', source: 'https://example.test/station' },
  origin: 'public_record',
  updatedAt: '2026-11-24',
}

export const unverifiedCommunity: Place = {
  id: 'community-test-unverified',
  kind: 'community',
  name: { th: 'ชุมชนทดสอบ' },
  districtCode: 1101,
  phones: [],
  services: ['community_support'],
  visibility: 'approximate',
  location: { lat: 13.6, lng: 100.6, uncertaintyM: 500 },
  verification: { status: 'unverified' },
  origin: 'community_placeholder',
  note: { th: 'ยังไม่มีจุดนัดพบสาธารณะ', en: 'No public meeting point yet' },
  updatedAt: '2026-11-24',
}

/** A shelter record that (wrongly) still carries an address: the sheet must not show it. */
export const hiddenShelter: Place = {
  id: 'shelter-test-hidden',
  kind: 'shelter',
  name: { th: 'บ้านพักทดสอบ', en: 'Test Shelter' },
  address: { th: 'ที่อยู่ลับ', en: 'Secret address' },
  districtCode: 1003,
  phones: [{ e164: '+6627654321', display: '02 765 4321' }],
  services: ['temporary_shelter'],
  visibility: 'hidden',
  location: null,
  verification: { status: 'verified', verifiedAt: '2026-01-05', source: 'partner: test' },
  origin: 'public_record',
  updatedAt: '2026-01-05',
}
