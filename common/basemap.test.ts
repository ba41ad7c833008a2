import { describe, expect, it } from 'vitest'
import { buildBasemap, type DistrictOutline } from './basemap'
import { pointInPolygon } from './geo'

const outline = (code: number, coordinates: number[][][]): DistrictOutline => ({
  code,
  province: 'bangkok',
  name: { th: `เขต ${code}`, en: `District ${code}` },
  geometry: { type: 'Polygon', coordinates },
})

describe('buildBasemap', () => {
  it('sorts by code, rounds to 5 decimals and drops vertices that rounding made repeat', () => {
    const ring = [[100.1234567, 13.1], [100.1234571, 13.1], [100.2, 13.1], [100.2, 13.2], [100.1, 13.2], [100.1234567, 13.1]]
    const basemap = buildBasemap([outline(1002, [ring]), outline(1001, [ring])])
    expect(basemap.features.map((f) => f.properties.code)).toEqual([1001, 1002])
    expect(basemap.features[0]?.geometry.coordinates).toEqual([[[100.12346, 13.1], [100.2, 13.1], [100.2, 13.2], [100.1, 13.2], [100.12346, 13.1]]])
  })

  it('carries names, province and a label point inside the outline', () => {
    const [feature] = buildBasemap([outline(1001, [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]])]).features
    expect(feature?.properties).toMatchObject({ code: 1001, name_th: 'เขต 1001', name_en: 'District 1001', province: 'bangkok' })
    const [lng = NaN, lat = NaN] = feature?.properties.label ?? []
    expect(pointInPolygon({ lat, lng }, feature!.geometry)).toBe(true)
  })
})
