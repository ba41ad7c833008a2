import { describe, expect, it } from 'vitest'
import { testSourcePlace } from '../volunteer/testPlace'
import { placeFormFieldOf, validatePlace } from './place'

describe('validatePlace', () => {
  it('finds nothing wrong with a sound place', () => {
    expect(validatePlace(testSourcePlace(), [])).toEqual([])
  })

  it('puts each problem next to its field, in Thai and English', () => {
    const place = testSourcePlace({ name: { th: '' }, phones: [{ e164: '+1555', display: '555' }], note: { th: 'call first' } }, { lat: 100.51, lng: 13.77 })
    const issues = validatePlace(place, [])
    expect(issues.map((issue) => [issue.rule, placeFormFieldOf(issue)])).toEqual([
      ['name.th-missing', 'name'],
      ['phone.not-thai', 'phones'],
      ['note.not-thai', 'note'],
      ['location.swapped', 'position'],
    ])
    expect(issues.every((issue) => issue.message.th.length > 0 && issue.message.en.length > 0)).toBe(true)
  })

  it('refuses a position or an address for a hidden place', () => {
    const issues = validatePlace(testSourcePlace({ visibility: 'hidden', address: { th: 'ซอย 1' } }), [])
    expect(issues.map((issue) => placeFormFieldOf(issue))).toEqual(['position', 'address'])
  })

  it('names the field of a text too long', () => {
    const [issue] = validatePlace(testSourcePlace({ name: { th: 'ก'.repeat(500) } }), [])
    expect(issue && placeFormFieldOf(issue)).toBe('name')
  })
})
