import { describe, expect, it } from 'vitest'
import { fetchBasemap, isBasemap } from './basemapSource'

const dusit = {
  type: 'Feature',
  properties: { code: 1002, name_th: 'ดุสิต', name_en: 'Dusit', province: 'bangkok', label: [100.51, 13.78] },
  geometry: { type: 'Polygon', coordinates: [[[100.5, 13.77], [100.52, 13.77], [100.52, 13.79], [100.5, 13.77]]] },
}
const basemap = { type: 'FeatureCollection', features: [dusit] }

function respond(body: unknown, status = 200) {
  return async (url: string) => {
    requested.push(url)
    return new Response(JSON.stringify(body), { status })
  }
}
let requested: string[] = []

describe('offline basemap source', () => {
  it('accepts what geo:build writes', () => {
    expect(isBasemap(basemap)).toBe(true)
  })

  it('accepts its rivers, khlongs and railways, and refuses a context layer of another shape', () => {
    const river = { type: 'Feature', properties: { kind: 'river' }, geometry: { type: 'MultiLineString', coordinates: [[[100.5, 13.7], [100.51, 13.71]]] } }
    expect(isBasemap({ ...basemap, context: { type: 'FeatureCollection', features: [river] } })).toBe(true)
    expect(isBasemap({ ...basemap, context: { type: 'FeatureCollection', features: [{ ...river, properties: { kind: 'road' } }] } })).toBe(false)
  })

  it('refuses a district without a label point or with a point geometry', () => {
    const noLabel = { ...dusit, properties: { ...dusit.properties, label: undefined } }
    expect(isBasemap({ type: 'FeatureCollection', features: [noLabel] })).toBe(false)
    expect(isBasemap({ type: 'FeatureCollection', features: [{ ...dusit, geometry: { type: 'Point', coordinates: [100.5, 13.7] } }] })).toBe(false)
    expect(isBasemap([dusit])).toBe(false)
  })

  it('fetches data/basemap.json under the base path', async () => {
    requested = []
    expect(await fetchBasemap('/app/', respond(basemap))).toEqual(basemap)
    expect(requested).toEqual(['/app/data/basemap.json'])
  })

  it('gives null, not an error, when the file is missing, broken or not a basemap', async () => {
    expect(await fetchBasemap('/', respond(basemap, 404))).toBeNull()
    expect(await fetchBasemap('/', respond({ type: 'FeatureCollection', features: [{}] }))).toBeNull()
    expect(await fetchBasemap('/', async () => new Response('not json'))).toBeNull()
    expect(await fetchBasemap('/', () => Promise.reject(new TypeError('Failed to fetch')))).toBeNull()
  })
})
