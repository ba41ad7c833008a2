import { describe, expect, it } from 'vitest'
import { DEFAULT_TILE_URL, tileOrigin } from './deployment'

describe('tileOrigin', () => {
  it('takes the origin of a tile template', () => {
    expect(tileOrigin(DEFAULT_TILE_URL)).toBe('https://tile.openstreetmap.org')
    expect(tileOrigin('https://tiles.example.org:8443/x/{z}/{x}/{y}.png')).toBe('https://tiles.example.org:8443')
  })

  it('refuses subdomain templates, which would need several hosts', () => {
    expect(() => tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toThrow(/single tile host/)
  })
})
