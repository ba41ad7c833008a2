import { describe, expect, it } from 'vitest'
import { areaLatLngs, lineLatLngs } from './basemapShapes'

describe('basemap shapes for Leaflet', () => {
  it('turns a polygon into rings of [lat, lng], holes kept', () => {
    const outer = [[100.5, 13.7], [100.6, 13.7], [100.6, 13.8], [100.5, 13.7]]
    const hole = [[100.55, 13.72], [100.56, 13.72], [100.56, 13.73], [100.55, 13.72]]
    expect(areaLatLngs({ type: 'Polygon', coordinates: [outer, hole] })).toEqual([
      [[13.7, 100.5], [13.7, 100.6], [13.8, 100.6], [13.7, 100.5]],
      [[13.72, 100.55], [13.72, 100.56], [13.73, 100.56], [13.72, 100.55]],
    ])
  })

  it('keeps each part of a multipolygon (a district with an island) as its own list of rings', () => {
    const part = (lng: number) => [[[lng, 13.5], [lng + 0.1, 13.5], [lng, 13.6], [lng, 13.5]]]
    expect(areaLatLngs({ type: 'MultiPolygon', coordinates: [part(100.5), part(100.9)] })).toEqual([
      [[[13.5, 100.5], [13.5, 100.6], [13.6, 100.5], [13.5, 100.5]]],
      [[[13.5, 100.9], [13.5, 101], [13.6, 100.9], [13.5, 100.9]]],
    ])
  })

  it('turns every line of a river, khlong or railway into its own list of points', () => {
    expect(lineLatLngs({ type: 'MultiLineString', coordinates: [[[100.49, 13.75], [100.5, 13.7]], [[100.6, 13.7], [100.61, 13.71]]] })).toEqual([
      [[13.75, 100.49], [13.7, 100.5]],
      [[13.7, 100.6], [13.71, 100.61]],
    ])
  })
})
