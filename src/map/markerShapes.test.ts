import { describe, expect, it } from 'vitest'
import { MARKER_SHAPES, shapeOutline, svgPoints, type ShapePoint } from './markerShapes'

function area(points: readonly ShapePoint[]): number {
  let twice = 0
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length] ?? [0, 0]
    twice += x1 * y2 - x2 * y1
  })
  return Math.abs(twice) / 2
}

describe('marker shapes', () => {
  it.each(MARKER_SHAPES)('%s has a similar area to the others, so size does not rank the kinds', (shape) => {
    const a = area(shapeOutline(shape, 0, 0, 1))
    expect(a).toBeGreaterThan(2.4)
    expect(a).toBeLessThan(3.4)
  })

  it.each(MARKER_SHAPES)('%s stays inside the canvas hit box of 1.3 × radius', (shape) => {
    for (const [x, y] of shapeOutline(shape, 0, 0, 1)) {
      expect(Math.abs(x)).toBeLessThanOrEqual(1.3)
      expect(Math.abs(y)).toBeLessThanOrEqual(1.3)
    }
  })

  it('draws every shape differently', () => {
    const outlines = MARKER_SHAPES.map((shape) => svgPoints(shape, 0, 0, 10))
    expect(new Set(outlines).size).toBe(MARKER_SHAPES.length)
  })

  it('scales and moves the outline to the centre and radius asked for', () => {
    expect(shapeOutline('square', 10, 20, 2)[0]).toEqual([10 - 1.7, 20 - 1.7])
    expect(svgPoints('diamond', 12, 12, 10).split(' ')[0]).toBe('12,0')
  })
})
