import { describe, expect, it } from 'vitest'
import { distanceM } from '@common/geo'
import { roundPositionForReport } from './position'

describe('roundPositionForReport (~1 km)', () => {
  it('keeps two decimals', () => {
    expect(roundPositionForReport({ lat: 13.756331, lng: 100.501765 })).toEqual({ lat: 13.76, lng: 100.5 })
    expect(roundPositionForReport({ lat: 13.5994, lng: 100.6061 })).toEqual({ lat: 13.6, lng: 100.61 })
  })

  it('moves a point by at most the half-cell diagonal (~0.8 km) across Bangkok and Samut Prakan', () => {
    for (let lat = 13.45; lat <= 14.0; lat += 0.0137) {
      for (let lng = 100.3; lng <= 100.95; lng += 0.0173) {
        const rounded = roundPositionForReport({ lat, lng })
        expect(distanceM({ lat, lng }, rounded)).toBeLessThan(800)
        expect(String(rounded.lat)).toMatch(/^\d+(\.\d{1,2})?$/)
        expect(String(rounded.lng)).toMatch(/^\d+(\.\d{1,2})?$/)
      }
    }
  })

  it('sends every point in the same ~1 km cell to the same place', () => {
    const a = roundPositionForReport({ lat: 13.7512, lng: 100.4911 })
    const b = roundPositionForReport({ lat: 13.7549, lng: 100.4949 })
    expect(a).toEqual(b)
  })

  it('never produces -0', () => {
    const rounded = roundPositionForReport({ lat: -0.001, lng: -0.004 })
    expect(Object.is(rounded.lat, -0)).toBe(false)
    expect(JSON.stringify(rounded)).toBe('{"lat":0,"lng":0}')
  })
})
