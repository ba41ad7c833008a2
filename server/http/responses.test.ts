import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../testing/testApp'
import { fakeDist } from '../testing/fakeDist'

const dist = fakeDist()
let t: TestApp
let https: TestApp
beforeAll(async () => {
  t = await createTestApp({ distDir: dist.dir })
  https = await createTestApp({ distDir: dist.dir, env: { PUBLIC_ORIGIN: 'https://map.example.org' } })
})
afterAll(async () => {
  await t.close()
  await https.close()
  dist.remove()
})

const html = { accept: 'text/html,application/xhtml+xml' }

/** One request of every kind of response the server sends. */
async function everyKindOfResponse(app: TestApp['app']) {
  const manifest = await app.inject({ url: '/data/manifest.json' })
  const file = (manifest.json() as { file: string }).file
  return {
    page: await app.inject({ url: '/', headers: html }),
    'page fallback': await app.inject({ url: '/about', headers: html }),
    asset: await app.inject({ url: '/assets/Abc123.js' }),
    'static json': await app.inject({ url: '/data/basemap.json' }),
    'api json': await app.inject({ url: '/api/config' }),
    manifest,
    dataset: await app.inject({ url: `/data/${file}` }),
    '304': await app.inject({ url: '/data/manifest.json', headers: { 'if-none-match': String(manifest.headers.etag) } }),
    '404 api': await app.inject({ url: '/api/no-such-thing' }),
    '404 file': await app.inject({ url: '/assets/missing.js' }),
    '405-ish post to a page': await app.inject({ method: 'POST', url: '/api/config', payload: {} }),
  }
}

describe('every response', () => {
  it('carries the build policy with frame-ancestors, nosniff, the referrer and permissions policies', async () => {
    const responses = await everyKindOfResponse(t.app)
    for (const [kind, response] of Object.entries(responses)) {
      const headers = response.headers
      expect(headers['content-security-policy'], kind).toMatch(/^default-src 'self'; script-src 'self';.* frame-ancestors 'none'$/)
      expect(headers['content-security-policy'], kind).toContain('img-src \'self\' data: https://tile.openstreetmap.org')
      expect(headers['x-content-type-options'], kind).toBe('nosniff')
      expect(headers['referrer-policy'], kind).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy'], kind).toContain('geolocation=(self)')
      // Plain http (a laptop in a workshop): no HSTS, which would lock the browser out of http.
      expect(headers['strict-transport-security'], kind).toBeUndefined()
      expect(headers['x-powered-by'], kind).toBeUndefined()
    }
    expect(responses['304'].statusCode).toBe(304)
  })

  it('adds HSTS when the public origin is https', async () => {
    for (const [kind, response] of Object.entries(await everyKindOfResponse(https.app))) {
      expect(response.headers['strict-transport-security'], kind).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
    }
  })
})

describe('pages, files and unknown addresses', () => {
  it('serves the app for its own pages and hashed assets for a year', async () => {
    const page = await t.app.inject({ url: '/', headers: html })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('แผนที่พื้นที่ปลอดภัย')
    expect(page.headers['cache-control']).toBe('no-cache')
    const deep = await t.app.inject({ url: '/some/page?x=1', headers: html })
    expect(deep.statusCode).toBe(200)
    expect(deep.body).toBe(page.body)
    const asset = await t.app.inject({ url: '/assets/Abc123.js' })
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await t.app.inject({ url: '/sw.js' })).headers['cache-control']).toBe('no-cache')
  })

  it("sends the build's compressed copies to a browser that accepts them, the file itself to one that does not", async () => {
    for (const [url, headers] of [['/assets/Abc123.js', {}], ['/', html], ['/some/page', html]] as const) {
      const plain = await t.app.inject({ url, headers })
      expect(plain.headers['content-encoding'], url).toBeUndefined()
      const br = await t.app.inject({ url, headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' } })
      expect(br.headers['content-encoding'], url).toBe('br')
      expect(brotliDecompressSync(br.rawPayload).toString(), url).toBe(plain.body)
      const gzip = await t.app.inject({ url, headers: { ...headers, 'accept-encoding': 'gzip' } })
      expect(gzip.headers['content-encoding'], url).toBe('gzip')
      expect(gunzipSync(gzip.rawPayload).toString(), url).toBe(plain.body)
      for (const response of [plain, br, gzip]) expect(response.headers.vary, url).toMatch(/accept-encoding/i)
    }
  })

  it.each(['/api/nope', '/api', '/api/dataset/other', '/staff', '/staff/accounts', '/assets/missing.js', '/.env', '/data/../package.json'])(
    'answers %s with the JSON 404, never the app page',
    async (url) => {
      const response = await t.app.inject({ url, headers: html })
      expect(response.statusCode).toBe(404)
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      expect(response.json()).toEqual({ code: 'not_found', message: { th: 'ไม่พบที่อยู่นี้', en: 'There is nothing at this address.' } })
    },
  )

  it('answers a method a route does not take with JSON, not the page', async () => {
    const response = await t.app.inject({ method: 'DELETE', url: '/api/config' })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({ code: 'not_found' })
  })
})

describe('GET /api/config', () => {
  it('says what the app needs: no case desk keys yet, so no reports; tiles, exit page, current dataset', async () => {
    const response = await t.app.inject({ url: '/api/config' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.json()).toEqual({
      caseDeskKeys: [],
      reportEndpoint: null,
      reportsAccepted: false,
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      exitUrl: 'https://www.tmd.go.th/',
      dataset: { number: 1, version: expect.stringMatching(/^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      workshop: null,
    })
  })

  it('serves config.json to match, for the service worker and older app versions', async () => {
    const response = await t.app.inject({ url: '/config.json' })
    expect(response.json()).toEqual({ reportEndpoint: null, caseDeskKeys: [] })
  })
})
