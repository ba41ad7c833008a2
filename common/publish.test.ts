import { describe, expect, it } from 'vitest'
import type { SourcePlace, SourcePlaceProperties } from './placeSource'
import { publishedLocation, toHotline, toPlace } from './publish'

const point = { lat: 13.7736123456, lng: 100.5135987654 }

describe('publishedLocation', () => {
  it('publishes nothing for a hidden place, even if a point slipped through', () => {
    expect(publishedLocation(point, 'hidden')).toBeNull()
  })

  it('coarsens an approximate place with at least 500 m of uncertainty', () => {
    expect(publishedLocation(point, 'approximate')).toEqual({ lat: 13.7725, lng: 100.5125, uncertaintyM: 500 })
    expect(publishedLocation(point, 'approximate', 200)?.uncertaintyM).toBe(500)
    expect(publishedLocation(point, 'approximate', 1200)?.uncertaintyM).toBe(1200)
  })

  it('keeps an exact place, rounded to 6 decimals', () => {
    expect(publishedLocation(point, 'exact')).toEqual({ lat: 13.773612, lng: 100.513599 })
  })
})

const properties: SourcePlaceProperties = {
  id: 'police-test',
  kind: 'police_station',
  name: { th: 'สถานีทดสอบ', en: 'Test station' },
  address: { th: 'ที่อยู่', en: 'Address' },
  districtCode: 1002,
  phones: [{ e164: '191', display: '191' }],
  hours: '24h',
  services: ['police_report'],
  visibility: 'exact',
  verification: { status: 'unverified' },
  origin: 'team_estimate',
  source: 'memory: test',
  updatedAt: '2026-11-20',
}

describe('toPlace', () => {
  it('maps source fields to the Place shape and turns "24h" into {kind: "24h"}', () => {
    const place = toPlace({ properties, point })
    expect(place).toMatchObject({ id: 'police-test', hours: { kind: '24h' }, location: { lat: 13.773612, lng: 100.513599 } })
    expect(toPlace({ properties: { ...properties, hours: { th: 'จ–ศ' } }, point }).hours).toEqual({ kind: 'text', text: { th: 'จ–ศ' } })
    const weekly = [{ days: ['mon' as const], opens: '08:30', closes: '16:30' }]
    expect(toPlace({ properties: { ...properties, hours: { th: 'จ 08:30–16:30', weekly } }, point }).hours).toEqual({ kind: 'text', text: { th: 'จ 08:30–16:30' }, weekly })
  })

  it('drops properties that are not part of a Place, so notes in the source never ship', () => {
    const withNote = { properties: { ...properties, internalNote: 'call the owner at home' }, point } as SourcePlace
    expect(JSON.stringify(toPlace(withNote))).not.toContain('internalNote')
  })

  it('ships who a place serves only when the source limits it', () => {
    expect(toPlace({ properties: { ...properties, servesOnly: ['children'] }, point }).servesOnly).toEqual(['children'])
    expect(toPlace({ properties, point })).not.toHaveProperty('servesOnly')
  })

  it('ships what residents read (origin and note) and keeps the maintainers\' source in geo/', () => {
    const note = { th: 'ระหว่างนี้โทร 1300', en: 'Meanwhile call 1300' }
    const place = toPlace({ properties: { ...properties, source: 'memory: placed by the dev team (data-truth.md)', note }, point })
    expect(place).toMatchObject({ origin: 'team_estimate', note })
    expect(JSON.stringify(place)).not.toContain('data-truth.md')
  })

  it('ships the day each fact was checked, only the checked facts, and nothing when none was', () => {
    expect(toPlace({ properties, point }).checks).toBeUndefined()
    expect(toPlace({ properties: { ...properties, checks: {} }, point }).checks).toBeUndefined()
    const checks = { phone: '2026-11-19', location: '2026-11-30' }
    expect(toPlace({ properties: { ...properties, checks }, point }).checks).toEqual({ location: '2026-11-30', phone: '2026-11-19' })
  })

  it('never ships the address of a hidden place', () => {
    const hidden = toPlace({ properties: { ...properties, visibility: 'hidden' }, point })
    expect(hidden.location).toBeNull()
    expect(hidden.address).toBeUndefined()
  })
})

describe('toHotline', () => {
  it('keeps only the fields of its kind', () => {
    const line = { kind: 'line', id: 'ess', account: '@esshelpme', url: 'https://line.me/x', name: { th: 'x' }, purpose: { th: 'y' }, hours24: true, source: 's', number: '1300' } as const
    expect(toHotline(line)).not.toHaveProperty('number')
  })
})
