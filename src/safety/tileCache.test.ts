import { afterEach, describe, expect, it, vi } from 'vitest'
import { wipeSensitiveState } from './sensitiveState'
import { registerTileCacheWipe } from './tileCache'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the tile cache on quick exit', () => {
  it('is deleted: it shows which areas of the map were looked at', () => {
    const deleted: string[] = []
    vi.stubGlobal('caches', { delete: async (name: string) => deleted.push(name) > 0 })
    const unregister = registerTileCacheWipe()
    wipeSensitiveState()
    unregister()
    expect(deleted).toEqual(['map-tiles'])
  })

  it('is left alone once unregistered, and a browser without caches exits all the same', () => {
    const deleted: string[] = []
    vi.stubGlobal('caches', { delete: async (name: string) => deleted.push(name) > 0 })
    registerTileCacheWipe()()
    wipeSensitiveState()
    expect(deleted).toEqual([])

    vi.stubGlobal('caches', undefined)
    const unregister = registerTileCacheWipe()
    expect(() => wipeSensitiveState()).not.toThrow()
    unregister()
  })
})
