import { describe, expect, it } from 'vitest'
import type { Basemap } from '@common/basemap'
import { pinMapView } from './pinMap'

function square(code: number, west: number, south: number, size: number): Basemap['features'][number] {
  const ring = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ]
  return { type: 'Feature', properties: { code, name_th: `เขต ${code}`, name_en: `District ${code}`, province: 'bangkok', label: [west, south] }, geometry: { type: 'Polygon', coordinates: [ring] } }
}

const BASEMAP: Basemap = { type: 'FeatureCollection', features: [square(1002, 100.5, 13.76, 0.04), square(1101, 100.58, 13.55, 0.04)] }

describe('pinMapView', () => {
  it('puts a lone pin in the middle and draws the district around it, not a far one', () => {
    const view = pinMapView({ before: null, after: { lat: 13.78, lng: 100.52 } }, BASEMAP)
    expect(view?.pins).toEqual([{ which: 'after', x: 0, y: 0 }])
    expect(view?.districts.map((d) => d.code)).toEqual([1002])
    expect(view?.viewBox).toBe('-1500 -1500 3000 3000')
  })

  it('frames a moved pin: the old one west and north of the new one stays inside the frame', () => {
    const view = pinMapView({ before: { lat: 13.79, lng: 100.51 }, after: { lat: 13.77, lng: 100.53 } }, BASEMAP)
    const [before, after] = view?.pins ?? []
    expect(before?.which).toBe('before')
    expect(before?.x).toBeLessThan(0)
    expect(before?.y).toBeLessThan(0)
    expect(after?.x).toBeGreaterThan(0)
    for (const pin of view?.pins ?? []) expect(Math.abs(pin.x)).toBeLessThan((view?.width ?? 0) / 2)
  })

  it('draws nothing for a hidden place (no position)', () => {
    expect(pinMapView({ before: null, after: null }, BASEMAP)).toBeNull()
  })

  it('still frames the pins without a basemap', () => {
    expect(pinMapView({ before: null, after: { lat: 13.78, lng: 100.52 } }, null)?.districts).toEqual([])
  })
})
