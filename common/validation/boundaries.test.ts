import { describe, expect, it } from 'vitest'
import { readDistrictOutlines } from './boundaries'

const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }
const boundaries = (...codes: unknown[]) => [
  { file: 'b.geojson', content: { type: 'FeatureCollection', features: codes.map((code) => ({ type: 'Feature', properties: { code }, geometry: square })) } },
]
const csv = (...rows: string[]) => ({ file: 'districts.csv', text: ['code,province,name_th,name_en', ...rows].join('\n') })

describe('readDistrictOutlines', () => {
  it('joins rows and outlines by code', () => {
    const { outlines, issues } = readDistrictOutlines(csv('1002,bangkok,ดุสิต,Dusit'), boundaries(1002))
    expect(issues).toEqual([])
    expect(outlines).toEqual([{ code: 1002, province: 'bangkok', name: { th: 'ดุสิต', en: 'Dusit' }, geometry: square }])
  })

  it('reports a district without outline, an outline without district and a bad row', () => {
    const { issues } = readDistrictOutlines(csv('1002,bangkok,ดุสิต,Dusit', '1003,bangkok,หนองจอก,Nong Chok', '1004,chiang_mai,x,y'), boundaries(1002, 1099, '1003x'))
    expect(issues.map((i) => i.message.en)).toEqual([
      'A boundary needs a numeric properties.code and a Polygon/MultiPolygon geometry',
      'District 1003 has no outline in geo/boundaries',
      'Row "1004,chiang_mai,x,y" must be code,province,name_th,name_en (province: bangkok or samut_prakan)',
      'Outline with code 1099 has no row in districts.csv',
    ])
  })
})
