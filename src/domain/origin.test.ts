import { describe, expect, it } from 'vitest'
import { districtCentresFromBasemap, originPoint } from './origin'
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

describe('districtCentresFromBasemap', () => {
  it('reads each district’s label point ([lng, lat]) as its centre', () => {
    const basemap = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 1002, name_th: 'ดุสิต', label: [100.51345, 13.77356] }, geometry: null },
        { type: 'Feature', properties: { code: 1101, label: [100.6, 13.6] }, geometry: null },
      ],
    }
    expect(districtCentresFromBasemap(basemap)).toEqual({ 1002: { lat: 13.77356, lng: 100.51345 }, 1101: { lat: 13.6, lng: 100.6 } })
  })

  it('skips features without a usable label and survives a file that is not a basemap', () => {
    const basemap = { features: [{ properties: { code: 1002 } }, { properties: { code: 1003, label: ['x', 13] } }, null] }
    expect(districtCentresFromBasemap(basemap)).toEqual({})
    expect(districtCentresFromBasemap('not json')).toEqual({})
  })
})
