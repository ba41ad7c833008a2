import { describe, expect, it } from 'vitest'
import { pwaOptions } from './pwaOptions'
import { DATASET_CACHE, TILE_CACHE } from './cacheNames'

type Plugin = { cacheWillUpdate?: (param: { response: Response }) => Promise<Response | null | undefined | void> }

type Check = (response: Response) => Promise<Response | null>

/**
 * The plugin as the service worker gets it: vite-plugin-pwa writes the function's source into sw.js,
 * so it must work with nothing from this module's scope.
 */
function asServiceWorkerHas(plugin: Plugin): Check {
  const source = plugin.cacheWillUpdate?.toString()
  if (!source) throw new Error('plugin has no cacheWillUpdate')
  const cacheWillUpdate = new Function(`return ({ cacheWillUpdate: ${source} }).cacheWillUpdate`)() as NonNullable<Plugin['cacheWillUpdate']>
  return async (response) => (await cacheWillUpdate({ response })) ?? null
}

function pluginsOf(cacheName: string): Plugin[] {
  const route = pwaOptions('https://tile.example.org/{z}/{x}/{y}.png').workbox?.runtimeCaching?.find((r) => r.options?.cacheName === cacheName)
  return (route?.options?.plugins ?? []) as Plugin[]
}

function check(cacheName: string): Check {
  const [plugin, ...others] = pluginsOf(cacheName).filter((p) => p.cacheWillUpdate)
  expect(others).toEqual([])
  return asServiceWorkerHas(plugin as Plugin)
}

const json = (status = 200, type = 'application/json') => new Response('{}', { status, headers: { 'content-type': type } })
const png = (status = 200, bytes = 800) => new Response(new Uint8Array(bytes), { status, headers: { 'content-type': 'image/png' } })

describe('what the dataset caches keep', () => {
  it.each(['dataset-manifest', DATASET_CACHE, 'runtime-config'])('%s keeps a JSON answer with status 200', async (cacheName) => {
    expect(await check(cacheName)(json())).not.toBeNull()
    expect(await check(cacheName)(json(200, 'application/json; charset=utf-8'))).not.toBeNull()
  })

  it.each(['dataset-manifest', DATASET_CACHE, 'runtime-config'])('%s refuses a captive portal’s HTML page, an error or a redirect', async (cacheName) => {
    expect(await check(cacheName)(json(200, 'text/html; charset=utf-8'))).toBeNull()
    expect(await check(cacheName)(json(503))).toBeNull()
    expect(await check(cacheName)(json(206))).toBeNull()
  })
})

describe('what the tile cache keeps', () => {
  it('keeps an image answered with status 200', async () => {
    expect(await check(TILE_CACHE)(png())).not.toBeNull()
  })

  it('refuses an error, an opaque answer, something that is not an image, and an oversized tile', async () => {
    expect(await check(TILE_CACHE)(png(503))).toBeNull()
    const opaque = { status: 0, type: 'opaque', headers: new Headers(), clone: () => opaque } as unknown as Response
    expect(await check(TILE_CACHE)(opaque)).toBeNull()
    expect(await check(TILE_CACHE)(json())).toBeNull()
    expect(await check(TILE_CACHE)(png(200, 200 * 1024))).toBeNull()
  })

  it('is capped in entries, so it holds at most 500 tiles of at most 100 KB', () => {
    const tiles = pwaOptions('https://tile.example.org/{z}/{x}/{y}.png').workbox?.runtimeCaching?.find((r) => r.options?.cacheName === TILE_CACHE)
    expect(tiles?.options?.expiration?.maxEntries).toBe(500)
    expect(tiles?.options?.cacheableResponse).toBeUndefined()
  })
})
