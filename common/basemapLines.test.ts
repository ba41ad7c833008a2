import { describe, expect, it } from 'vitest'
import { buildContextLines, isContextLines, readContextLines } from './basemapLines'

const collection = (...features: unknown[]) => ({ file: 'lines.geojson', content: { type: 'FeatureCollection', features } })
const line = (properties: object, coordinates: number[][]) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } })

describe('readContextLines and buildContextLines', () => {
  it('groups rivers, khlongs and railways into one MultiLineString each, simplified and rounded to 4 decimals', () => {
    const { lines, issues } = readContextLines([
      collection(
        line({ railway: 'rail', name: 'สายใต้' }, [[100.5, 13.7], [100.6, 13.8]]),
        // The middle vertex is 1 m off the straight line: simplified away.
        line({ waterway: 'river' }, [[100.5, 13.7], [100.50005, 13.70001], [100.501234, 13.70001]]),
        line({ waterway: 'canal' }, [[100.7, 13.7], [100.71, 13.71]]),
      ),
    ])
    expect(issues).toEqual([])
    const built = buildContextLines(lines)
    expect(built.features.map((f) => [f.properties.kind, f.geometry.coordinates])).toEqual([
      ['river', [[[100.5, 13.7], [100.5012, 13.7]]]],
      ['canal', [[[100.7, 13.7], [100.71, 13.71]]]],
      ['rail', [[[100.5, 13.7], [100.6, 13.8]]]],
    ])
    expect(isContextLines(built)).toBe(true)
  })

  it('reports a feature that is not a tagged line, and a file that is not a FeatureCollection', () => {
    const { lines, issues } = readContextLines([collection(line({ highway: 'primary' }, [[100.5, 13.7], [100.6, 13.8]])), { file: 'x.geojson', content: [] }])
    expect(lines).toEqual([])
    expect(issues.map((i) => [i.file, i.rule])).toEqual([
      ['lines.geojson', 'basemap.invalid'],
      ['x.geojson', 'basemap.invalid'],
    ])
  })
})
