import { describe, expect, it } from 'vitest'
import { changedFields, mergePlaces, resolveMerge } from './merge'
import { testSourcePlace } from './testPlace'

const base = testSourcePlace()
const newPhone = [{ e164: '+6622800000', display: '02 280 0000' }]

describe('mergePlaces', () => {
  it('takes my change to a field the server left alone, and keeps the server change to another', () => {
    const mine = testSourcePlace({ phones: newPhone })
    const theirs = testSourcePlace({ name: { th: 'สน.ใหม่', en: 'New station' } })
    const result = mergePlaces(base, mine, theirs)
    expect(result.conflicts).toEqual([])
    expect(result.fromMine).toEqual(['phones'])
    expect(result.merged.properties.phones).toEqual(newPhone)
    expect(result.merged.properties.name.th).toBe('สน.ใหม่')
  })

  it('reports a conflict where both changed the same field differently, and keeps theirs until chosen', () => {
    const mine = testSourcePlace({}, { lat: 13.78, lng: 100.51 })
    const theirs = testSourcePlace({}, { lat: 13.77, lng: 100.52 })
    const result = mergePlaces(base, mine, theirs)
    expect(result.conflicts).toEqual(['point'])
    expect(result.merged.point).toEqual({ lat: 13.77, lng: 100.52 })
  })

  it('is no conflict when both made the same change', () => {
    const mine = testSourcePlace({ phones: newPhone })
    const result = mergePlaces(base, mine, testSourcePlace({ phones: newPhone }))
    expect(result).toMatchObject({ conflicts: [], fromMine: [] })
  })

  it('removes an optional field I removed', () => {
    const withNote = testSourcePlace({ note: { th: 'โทรก่อน' } })
    const mine = testSourcePlace()
    const theirs = testSourcePlace({ note: { th: 'โทรก่อน' }, hours: { th: 'จันทร์–ศุกร์' } })
    const result = mergePlaces(withNote, mine, theirs)
    expect(result.merged.properties).not.toHaveProperty('note')
    expect(result.merged.properties.hours).toEqual({ th: 'จันทร์–ศุกร์' })
  })

  it('compares objects by content, not key order', () => {
    const reordered = testSourcePlace({ name: { en: 'Test police station', th: 'สถานีตำรวจทดสอบ' } })
    expect(mergePlaces(base, reordered, base).fromMine).toEqual([])
  })
})

describe('resolveMerge', () => {
  const mine = testSourcePlace({ phones: newPhone, hours: { th: 'ทุกวัน 08:00–20:00' } })
  const theirs = testSourcePlace({ phones: [{ e164: '+6622811111', display: '02 281 1111' }] })

  it('applies the volunteer choice per conflicting field', () => {
    const result = mergePlaces(base, mine, theirs)
    expect(result.conflicts).toEqual(['phones'])
    expect(resolveMerge(result, mine, { phones: 'mine' }).properties.phones).toEqual(newPhone)
    const keptTheirs = resolveMerge(result, mine, { phones: 'theirs' })
    expect(keptTheirs.properties.phones).toEqual(theirs.properties.phones)
    expect(keptTheirs.properties.hours).toEqual({ th: 'ทุกวัน 08:00–20:00' })
  })

  it('refuses to finish while a conflict is unchosen', () => {
    expect(() => resolveMerge(mergePlaces(base, mine, theirs), mine, {})).toThrow(/phones/)
  })
})

describe('changedFields', () => {
  it('lists the fields that differ', () => {
    expect(changedFields(base, testSourcePlace({ visibility: 'approximate' }, null))).toEqual(['visibility', 'point'])
  })
})
