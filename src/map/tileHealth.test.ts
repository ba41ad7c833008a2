import { describe, expect, it } from 'vitest'
import { createTileHealth } from './tileHealth'

describe('tile health', () => {
  it('gives up on the tiles after the limit of errors in a row', () => {
    const health = createTileHealth(3)
    expect(health.failed()).toBe(false)
    expect(health.failed()).toBe(false)
    expect(health.failed()).toBe(true)
  })

  it('starts counting again after a tile loads', () => {
    const health = createTileHealth(3)
    health.failed()
    health.failed()
    health.loaded()
    expect(health.failed()).toBe(false)
    expect(health.failed()).toBe(false)
    expect(health.failed()).toBe(true)
  })

  it('starts counting again after a reset', () => {
    const health = createTileHealth(2)
    health.failed()
    health.reset()
    expect(health.failed()).toBe(false)
  })
})
