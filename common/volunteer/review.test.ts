import { describe, expect, it } from 'vitest'
import type { SourcePlace } from '../placeSource'
import { applyCheck, isSensitiveProposal, proposalPolicyProblems, sameSourcePlace } from './review'

const station: SourcePlace = {
  point: { lat: 13.77, lng: 100.51 },
  properties: {
    id: 'police-test',
    kind: 'police_station',
    name: { th: 'สถานีทดสอบ' },
    districtCode: 1002,
    phones: [],
    services: ['police_report'],
    visibility: 'exact',
    verification: { status: 'unverified' },
    origin: 'team_estimate',
    source: 'memory: test',
    updatedAt: '2026-11-24',
    checks: { phone: '2026-10-01' },
  },
}
const withKind = (kind: SourcePlace['properties']['kind']): SourcePlace => ({ ...station, properties: { ...station.properties, kind } })

describe('applyCheck', () => {
  it('gives every fact found right the day, and verifies the place by a community volunteer', () => {
    const checked = applyCheck(station, [{ fact: 'location', ok: true }, { fact: 'phone', ok: true }], '2026-12-01')
    expect(checked.properties.checks).toEqual({ location: '2026-12-01', phone: '2026-12-01' })
    expect(checked.properties.verification).toEqual({ status: 'verified', verifiedAt: '2026-12-01', source: 'community_volunteer' })
    expect(station.properties.checks).toEqual({ phone: '2026-10-01' })
  })

  it('takes the day away from a fact found wrong, and leaves the place unverified', () => {
    const verified = applyCheck(station, [{ fact: 'location', ok: true }], '2026-11-01')
    const checked = applyCheck(verified, [{ fact: 'phone', ok: false, note: 'เบอร์เปลี่ยน' }], '2026-12-01')
    expect(checked.properties.checks).toEqual({ location: '2026-11-01' })
    expect(checked.properties.verification).toEqual({ status: 'unverified' })
    expect(applyCheck(station, [{ fact: 'phone', ok: false }], '2026-12-01').properties.checks).toBeUndefined()
  })
})

describe('isSensitiveProposal', () => {
  it('is true for any removal and any change touching a safe house, shelter or community', () => {
    expect(isSensitiveProposal('remove', station, null)).toBe(true)
    expect(isSensitiveProposal('edit', station, station)).toBe(false)
    expect(isSensitiveProposal('check', withKind('safe_house'), withKind('safe_house'))).toBe(true)
    expect(isSensitiveProposal('edit', station, withKind('community'))).toBe(true)
    expect(isSensitiveProposal('add', null, withKind('shelter'))).toBe(true)
  })
})

describe('proposalPolicyProblems', () => {
  it('refuses a changed id and a self-made verification, each with its field', () => {
    const renamed: SourcePlace = { ...station, properties: { ...station.properties, id: 'police-other' } }
    expect(proposalPolicyProblems(station, renamed).map((p) => p.field)).toEqual(['id'])
    const selfVerified: SourcePlace = { ...station, properties: { ...station.properties, verification: { status: 'verified', verifiedAt: '2026-12-01', source: 'Somchai' } } }
    expect(proposalPolicyProblems(station, selfVerified).map((p) => p.rule)).toEqual(['verification.by-check-only'])
    expect(proposalPolicyProblems(null, selfVerified).map((p) => p.rule)).toEqual(['verification.by-check-only'])
  })

  it('lets an edit keep the verification the place already has', () => {
    const verified = applyCheck(station, [{ fact: 'location', ok: true }], '2026-11-01')
    const edited: SourcePlace = { ...verified, properties: { ...verified.properties, name: { th: 'ชื่อใหม่' } } }
    expect(proposalPolicyProblems(verified, edited)).toEqual([])
  })
})

describe('sameSourcePlace', () => {
  it('compares content, not key order', () => {
    const reordered = JSON.parse(JSON.stringify({ properties: station.properties, point: station.point })) as SourcePlace
    expect(sameSourcePlace(station, reordered)).toBe(true)
    expect(sameSourcePlace(station, withKind('hospital'))).toBe(false)
  })
})
