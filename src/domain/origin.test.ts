import { describe, expect, it } from 'vitest'
import { originPoint } from './origin'
import { PLACES } from '../../tests/unit/fixtures/findingPlaces'

const centres = { 1002: { lat: 13.7766, lng: 100.5143 } }

describe('originPoint', () => {
  it('has no point until the person chooses one', () => {
    expect(originPoint({ kind: 'none' }, PLACES, centres)).toBeNull()
  })

  it('uses a device position as it is', () => {
    const position = { lat: 13.7, lng: 100.5 }
    expect(originPoint({ kind: 'position', position }, PLACES, centres)).toEqual(position)
  })

  it('uses the district centre, or nothing when it is not known', () => {
    expect(originPoint({ kind: 'district', code: 1002 }, PLACES, centres)).toEqual({ lat: 13.7766, lng: 100.5143 })
    expect(originPoint({ kind: 'district', code: 1101 }, PLACES, centres)).toBeNull()
  })

  it('uses a community’s published point, without its uncertainty', () => {
    expect(originPoint({ kind: 'community', placeId: 'community-wat' }, PLACES, centres)).toEqual({ lat: 13.7825, lng: 100.5075 })
    expect(originPoint({ kind: 'community', placeId: 'shelter-hidden' }, PLACES, centres)).toBeNull()
    expect(originPoint({ kind: 'community', placeId: 'missing' }, PLACES, centres)).toBeNull()
  })
})
