import { describe, expect, it } from 'vitest'
import { inspectPlaceFile } from './structure'

const withGeometry = (geometry: unknown, visibility = 'exact') => ({
  file: 'places/police_station.geojson',
  kind: 'police_station',
  content: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry, properties: { id: 'police-test', visibility } }] },
})

describe('inspectPlaceFile', () => {
  it('rejects NaN and Infinity as coordinates', () => {
    for (const bad of [NaN, Infinity]) {
      const { issues, records } = inspectPlaceFile(withGeometry({ type: 'Point', coordinates: [bad, 13.7] }))
      expect(issues.map((i) => [i.featureId, i.rule])).toEqual([['police-test', 'geojson.coordinates-not-numeric']])
      expect(records[0]?.point).toBeUndefined()
    }
  })

  it('lets a hidden place have no geometry but not a visible one', () => {
    expect(inspectPlaceFile(withGeometry(null, 'hidden')).issues).toEqual([])
    expect(inspectPlaceFile(withGeometry(null, 'exact')).issues.map((i) => i.rule)).toEqual(['geojson.geometry-missing'])
  })

  it('reports a non-Feature item by its position and keeps going', () => {
    const source = { file: 'f', kind: 'police_station', content: { type: 'FeatureCollection', features: [42, { type: 'Feature', geometry: null, properties: { visibility: 'hidden' } }] } }
    const { issues, records } = inspectPlaceFile(source)
    expect(issues.map((i) => [i.index, i.rule])).toEqual([[0, 'geojson.not-feature']])
    expect(records.map((r) => r.index)).toEqual([1])
  })

  it('never throws, whatever the content', () => {
    for (const content of [null, 'text', [], { type: 'FeatureCollection' }, { type: 'FeatureCollection', features: [null] }]) {
      expect(() => inspectPlaceFile({ file: 'f', kind: 'x', content })).not.toThrow()
    }
  })
})
