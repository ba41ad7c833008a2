import { describe, expect, it } from 'vitest'
import { fetchDistrictCentres } from './districtCentres'

const basemap = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 1002, label: [100.51345, 13.77356] } }] }

describe('fetchDistrictCentres', () => {
  it('reads the label points of data/basemap.json under the base path', async () => {
    const asked: string[] = []
    const fetchFn = async (url: RequestInfo | URL) => {
      asked.push(String(url))
      return new Response(JSON.stringify(basemap))
    }
    expect(await fetchDistrictCentres(fetchFn, '/app/')).toEqual({ 1002: { lat: 13.77356, lng: 100.51345 } })
    expect(asked).toEqual(['/app/data/basemap.json'])
  })

  it('returns null when offline, on an HTTP error or when the file has no centres', async () => {
    expect(await fetchDistrictCentres(async () => Promise.reject(new TypeError('Failed to fetch')), '/')).toBeNull()
    expect(await fetchDistrictCentres(async () => new Response('', { status: 404 }), '/')).toBeNull()
    expect(await fetchDistrictCentres(async () => new Response('{"features":[]}'), '/')).toBeNull()
    expect(await fetchDistrictCentres(async () => new Response('{trunc'), '/')).toBeNull()
  })
})
