import { describe, expect, it } from 'vitest'
import { PLACE_KINDS } from '@common/place'
import { KIND_APPEARANCE } from './kindAppearance'
import { MARKER_SHAPES } from './markerShapes'

describe('kind appearance', () => {
  it('covers exactly the place kinds', () => {
    expect(Object.keys(KIND_APPEARANCE).sort()).toEqual([...PLACE_KINDS].sort())
  })

  it('gives every kind its own shape, so colour is never the only difference', () => {
    const shapes = PLACE_KINDS.map((kind) => KIND_APPEARANCE[kind].shape)
    expect(new Set(shapes).size).toBe(PLACE_KINDS.length)
    for (const shape of shapes) expect(MARKER_SHAPES).toContain(shape)
  })

  it('gives every kind its own colour', () => {
    const colours = PLACE_KINDS.map((kind) => KIND_APPEARANCE[kind].color.toLowerCase())
    expect(new Set(colours).size).toBe(PLACE_KINDS.length)
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('draws markers large enough to see on a phone', () => {
    for (const kind of PLACE_KINDS) expect(KIND_APPEARANCE[kind].radius).toBeGreaterThanOrEqual(7)
  })
})
