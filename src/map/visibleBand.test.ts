import { afterEach, describe, expect, it, vi } from 'vitest'
import { visibleBand } from './visibleBand'

// A 400 px tall map at y = 100; what lies on top of it is decided per row by `cover`.
function setUp(cover: (y: number) => boolean) {
  const map = document.createElement('div')
  const inner = document.createElement('canvas')
  const sheet = document.createElement('div')
  map.append(inner)
  document.body.append(map, sheet)
  map.getBoundingClientRect = () => ({ top: 100, bottom: 500, left: 0, right: 390, width: 390, height: 400, x: 0, y: 100, toJSON: () => ({}) })
  document.elementFromPoint = vi.fn((_x: number, y: number) => (cover(y) ? sheet : inner))
  return map
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('visible band', () => {
  it('is the whole map when nothing covers it', () => {
    expect(visibleBand(setUp(() => false), 8)).toEqual({ top: 4, bottom: 396 })
  })

  it('stops where a sheet covers the lower part of the map', () => {
    expect(visibleBand(setUp((y) => y >= 300), 8)).toEqual({ top: 4, bottom: 196 })
  })

  it('starts below a legend over the top of the map', () => {
    expect(visibleBand(setUp((y) => y < 160), 8)).toEqual({ top: 60, bottom: 396 })
  })

  it('is null when the map is fully covered', () => {
    expect(visibleBand(setUp(() => true))).toBeNull()
  })
})
