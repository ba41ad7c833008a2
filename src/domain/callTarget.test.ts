import { describe, expect, it } from 'vitest'
import { callTargetFor } from './callTarget'
import { makePlace } from '../../tests/unit/fixtures/findingPlaces'

describe('callTargetFor', () => {
  it('dials the place’s first number', () => {
    const place = makePlace({
      id: 'h',
      kind: 'hospital',
      phones: [
        { e164: '+6622076000', display: '02 207 6000' },
        { e164: '1415', display: '1415' },
      ],
    })
    expect(callTargetFor(place, [])).toEqual({ href: 'tel:+6622076000', display: '02 207 6000', fallback: null })
  })

  it('falls back to 191 for police, 1669 for hospitals and 1300 for everything else, and says it is a hotline', () => {
    const police = callTargetFor(makePlace({ id: 'p', kind: 'police_station' }), [])
    expect(police).toMatchObject({ href: 'tel:191', display: '191' })
    expect(police.fallback?.number).toBe('191')
    expect(callTargetFor(makePlace({ id: 'o', kind: 'oscc_hospital' }), []).href).toBe('tel:1669')
    expect(callTargetFor(makePlace({ id: 'h', kind: 'hospital' }), []).href).toBe('tel:1669')
    expect(callTargetFor(makePlace({ id: 's', kind: 'shelter', location: null, visibility: 'hidden' }), []).href).toBe('tel:1300')
  })
})
