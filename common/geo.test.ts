import { describe, expect, it } from 'vitest'
import type { MultiPolygon, Polygon } from 'geojson'
import {
  coarsen,
  COARSE_GRID_DEG,
  distanceKm,
  distanceM,
  distanceToBoundaryM,
  interiorPoint,
  isInThailand,
  pointInPolygon,
  simplifyLine,
} from './geo'

const square = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
]
// A 0.1° square near Bangkok with a 0.02° hole in the middle.
const donut: Polygon = { type: 'Polygon', coordinates: [square(100.5, 13.7, 100.6, 13.8), square(100.54, 13.74, 100.56, 13.76)] }

describe('distance', () => {
  it('one degree along the equator is about 111.2 km', () => {
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111.195, 2)
  })

  it('London to Paris is about 343.5 km', () => {
    expect(distanceKm({ lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 })).toBeCloseTo(343.5, 0)
  })

  it('is zero for the same point and symmetric', () => {
    const a = { lat: 13.7563, lng: 100.5018 }
    const b = { lat: 13.65, lng: 100.6 }
    expect(distanceM(a, a)).toBe(0)
    expect(distanceM(a, b)).toBeCloseTo(distanceM(b, a), 6)
  })
})

describe('pointInPolygon', () => {
  it('is true inside the ring and false inside the hole or outside', () => {
    expect(pointInPolygon({ lat: 13.72, lng: 100.52 }, donut)).toBe(true)
    expect(pointInPolygon({ lat: 13.75, lng: 100.55 }, donut)).toBe(false)
    expect(pointInPolygon({ lat: 13.75, lng: 100.65 }, donut)).toBe(false)
  })

  it('checks every part of a MultiPolygon', () => {
    const two: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 1, 1)], [square(2, 2, 3, 3)]],
    }
    expect(pointInPolygon({ lat: 2.5, lng: 2.5 }, two)).toBe(true)
    expect(pointInPolygon({ lat: 1.5, lng: 1.5 }, two)).toBe(false)
  })
})

describe('distanceToBoundaryM', () => {
  it('measures to the nearest edge, including a hole', () => {
    // 0.001° of latitude ≈ 111.2 m
    expect(distanceToBoundaryM({ lat: 13.801, lng: 100.55 }, donut)).toBeCloseTo(111.2, 0)
    // from the hole's centre the east and west sides (0.01° of longitude) are nearer than north and south
    const centre = { lat: 13.75, lng: 100.55 }
    expect(distanceToBoundaryM(centre, donut)).toBeCloseTo(distanceM(centre, { lat: 13.75, lng: 100.56 }), 0)
  })
})

describe('isInThailand', () => {
  it('accepts Bangkok and rejects the same point with lat/lng swapped', () => {
    expect(isInThailand({ lat: 13.7563, lng: 100.5018 })).toBe(true)
    expect(isInThailand({ lat: 100.5018, lng: 13.7563 })).toBe(false)
  })
})

describe('coarsen', () => {
  it('snaps to the centre of a ~500 m cell, the same for every point in the cell', () => {
    const a = coarsen(13.75612, 100.50183)
    expect(a).toEqual({ lat: 13.7575, lng: 100.5025 })
    expect(coarsen(13.7551, 100.5049)).toEqual(a)
  })

  it('moves a point by at most half a cell diagonal', () => {
    const p = { lat: 13.80499, lng: 100.60001 }
    const moved = distanceM(p, coarsen(p.lat, p.lng))
    expect(moved).toBeGreaterThan(0)
    expect(moved).toBeLessThanOrEqual((Math.SQRT2 / 2) * COARSE_GRID_DEG * 111_200)
  })
})

describe('interiorPoint', () => {
  it('lies inside a concave polygon whose centroid is outside it', () => {
    // A "C" shape: its centroid falls in the notch.
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]],
    }
    expect(pointInPolygon(interiorPoint(c), c)).toBe(true)
  })

  it('avoids the hole of a polygon', () => {
    expect(pointInPolygon(interiorPoint(donut), donut)).toBe(true)
  })
})

describe('simplifyLine', () => {
  // 0.0001° of latitude ≈ 11 m.
  const line = [[100.5, 13.7], [100.501, 13.70005], [100.502, 13.7], [100.503, 13.701], [100.504, 13.7]]

  it('drops vertices within the tolerance and keeps those beyond it, ends always', () => {
    expect(simplifyLine(line, 20)).toEqual([[100.5, 13.7], [100.502, 13.7], [100.503, 13.701], [100.504, 13.7]])
    expect(simplifyLine(line, 2)).toEqual(line)
    expect(simplifyLine(line, 500)).toEqual([[100.5, 13.7], [100.504, 13.7]])
  })

  it('leaves a two-point line as it is', () => {
    expect(simplifyLine([[100.5, 13.7], [100.6, 13.8]], 1000)).toEqual([[100.5, 13.7], [100.6, 13.8]])
  })
})
