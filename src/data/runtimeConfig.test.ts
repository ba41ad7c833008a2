import { describe, expect, it } from 'vitest'
import { loadReportChannel } from './runtimeConfig'
import { fakeFetch } from './testFixtures'

const key = {
  id: 'desk-1',
  publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
}

function serving(body: string, status = 200) {
  return fakeFetch({ '/app/config.json': { status, body } })
}

describe('loadReportChannel', () => {
  it('reads config.json under the base URL and picks the first key', async () => {
    const server = serving(JSON.stringify({ reportEndpoint: '/api/reports', caseDeskKeys: [key] }))
    expect(await loadReportChannel(server.fetch, '/app/')).toEqual({ status: 'ready', endpoint: `${location.origin}/api/reports`, key })
    expect(server.requested).toEqual(['/app/api/config', '/app/config.json'])
  })

  it("uses the server's /api/config when a server answers, without reading config.json", async () => {
    const server = fakeFetch({
      '/app/api/config': { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ reportEndpoint: '/api/reports', caseDeskKeys: [key], tileUrl: 'x' }) },
      '/app/config.json': { status: 200, body: JSON.stringify({ reportEndpoint: null, caseDeskKeys: [] }) },
    })
    expect(await loadReportChannel(server.fetch, '/app/')).toEqual({ status: 'ready', endpoint: `${location.origin}/api/reports`, key })
    expect(server.requested).toEqual(['/app/api/config'])
  })

  it("falls back to config.json on a static host that answers /api/config with its index.html", async () => {
    const server = fakeFetch({
      '/app/api/config': { status: 200, contentType: 'text/html', body: '<!doctype html><title>app</title>' },
      '/app/config.json': { status: 200, body: JSON.stringify({ reportEndpoint: null, caseDeskKeys: [] }) },
    })
    expect(await loadReportChannel(server.fetch, '/app/')).toEqual({ status: 'not-configured' })
  })

  it("explains a server configuration that is wrong instead of hiding it behind config.json", async () => {
    const server = fakeFetch({
      '/app/api/config': { status: 200, contentType: 'application/json', body: JSON.stringify({ reportEndpoint: '/api/reports', caseDeskKeys: [] }) },
      '/app/config.json': { status: 200, body: JSON.stringify({ reportEndpoint: null, caseDeskKeys: [] }) },
    })
    expect(await loadReportChannel(server.fetch, '/app/')).toMatchObject({ status: 'invalid', problem: { en: expect.stringContaining('caseDeskKeys is empty') } })
  })

  it('says a deployment without an endpoint is not configured', async () => {
    const server = serving(JSON.stringify({ reportEndpoint: null, caseDeskKeys: [] }))
    expect(await loadReportChannel(server.fetch, '/app/')).toEqual({ status: 'not-configured' })
  })

  it('explains a malformed, missing or non-JSON config', async () => {
    const malformed = await loadReportChannel(serving(JSON.stringify({ reportEndpoint: 'http://example.org' })).fetch, '/app/')
    expect(malformed).toMatchObject({ status: 'invalid', problem: { en: expect.stringContaining('reportEndpoint') } })
    const missing = await loadReportChannel(fakeFetch({}).fetch, '/app/')
    expect(missing).toMatchObject({ status: 'invalid', problem: { en: expect.stringContaining('HTTP 404') } })
    const notJson = await loadReportChannel(serving('{ reportEndpoint: nope').fetch, '/app/')
    expect(notJson).toMatchObject({ status: 'invalid', problem: { en: 'config.json is not valid JSON' } })
  })

  it('says it cannot send when the desk key is not a point on P-256 (it would only fail at submit)', async () => {
    const offCurve = { ...key, publicKeyJwk: { ...key.publicKeyJwk, y: 'A'.repeat(43) } }
    const channel = await loadReportChannel(serving(JSON.stringify({ reportEndpoint: '/api/reports', caseDeskKeys: [offCurve] })).fetch, '/app/')
    expect(channel).toMatchObject({ status: 'invalid', problem: { en: expect.stringContaining('caseDeskKeys[0] ("desk-1") is not a valid P-256 public key') } })
  })

  it('says when the config cannot be reached at all', async () => {
    const offline = fakeFetch({ '/app/config.json': 'offline' })
    expect(await loadReportChannel(offline.fetch, '/app/')).toMatchObject({ status: 'unreachable' })
  })
})
