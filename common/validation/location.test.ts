import { describe, expect, it } from 'vitest'
import { DISTRICT_TOLERANCE_M, checkLocation, type DistrictArea } from './location'
import type { FeatureRecord } from './structure'

// A 0.02° square district near Bangkok (about 2.2 km a side).
const district: DistrictArea = {
  code: 1002,
  name: { th: 'ดุสิต', en: 'Dusit' },
  geometry: { type: 'Polygon', coordinates: [[[100.5, 13.76], [100.52, 13.76], [100.52, 13.78], [100.5, 13.78], [100.5, 13.76]]] },
}
const at = (lng: number, lat: number): FeatureRecord => ({
  file: 'places/police_station.geojson',
  index: 0,
  id: 'police-test',
  fileKind: 'police_station',
  properties: { districtCode: 1002 },
  geometry: { type: 'Point', coordinates: [lng, lat] },
  point: { lat, lng },
})
const metresNorth = (m: number) => 13.78 + m / 111_195
const rules = (record: FeatureRecord) => checkLocation(record, [district]).map((i) => i.rule)

describe('checkLocation', () => {
  it('accepts a point inside its district', () => {
    expect(rules(at(100.51, 13.77))).toEqual([])
  })

  it(`allows a point up to ${DISTRICT_TOLERANCE_M} m outside the simplified outline`, () => {
    expect(rules(at(100.51, metresNorth(DISTRICT_TOLERANCE_M - 20)))).toEqual([])
    expect(rules(at(100.51, metresNorth(DISTRICT_TOLERANCE_M + 20)))).toEqual(['location.outside-district'])
  })

  it('reports a [lat, lng] pair as swapped, not as outside Thailand', () => {
    expect(rules(at(13.77, 100.51))).toEqual(['location.swapped'])
    expect(rules(at(-0.1278, 51.5074))).toEqual(['location.outside-thailand'])
  })

  it('says which district the point is really in', () => {
    const neighbour: DistrictArea = { ...district, code: 1001, name: { th: 'พระนคร', en: 'Phra Nakhon' }, geometry: { type: 'Polygon', coordinates: [[[100.48, 13.76], [100.5, 13.76], [100.5, 13.78], [100.48, 13.78], [100.48, 13.76]]] } }
    const [issue] = checkLocation(at(100.485, 13.77), [district, neighbour])
    expect(issue?.message.en).toContain('falls in Phra Nakhon (1001)')
  })
})
