import type { BrowserContext } from 'playwright-core'
import { TILE_URL_PATTERN } from './chromium'

// A 1×1 PNG: a tile server that answers.
export const TILE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64')

/** The tile server allows the app to read its tiles (the app loads them with CORS), as OpenStreetMap's does. */
export const TILE_CORS_HEADERS = { 'access-control-allow-origin': '*' }

export interface TileRequest {
  z: number
  x: number
  y: number
  /** The page (or service worker) that asked, as the tile host sees it. */
  referer: string | undefined
  origin: string | undefined
}

export interface StubTileServer {
  /** Every tile request that reached the "tile host", in order. */
  requests: TileRequest[]
}

/**
 * Stands in for the tile host (there is no internet here): answers every tile with `status` (a PNG
 * for 200) and records what the host would learn. Registered after the harness's 204 stub, so it answers first.
 */
export async function stubTileServer(context: BrowserContext, status = 200): Promise<StubTileServer> {
  const requests: TileRequest[] = []
  await context.route(TILE_URL_PATTERN, async (route) => {
    const request = route.request()
    const [z = NaN, x = NaN, y = NaN] = (new URL(request.url()).pathname.match(/(\d+)\/(\d+)\/(\d+)/)?.slice(1) ?? []).map(Number)
    const headers = await request.allHeaders()
    requests.push({ z, x, y, referer: headers.referer, origin: headers.origin })
    await route.fulfill(
      status === 200
        ? { status, contentType: 'image/png', headers: TILE_CORS_HEADERS, body: TILE_PNG }
        : { status, contentType: 'text/plain', headers: TILE_CORS_HEADERS, body: 'Service Unavailable' },
    )
  })
  return { requests }
}

/** The tile (x, y) at zoom z that holds a point. */
export function tileOf(lat: number, lng: number, z: number): { x: number; y: number } {
  const n = 2 ** z
  const x = Math.floor(((lng + 180) / 360) * n)
  const rad = (lat * Math.PI) / 180
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)
  return { x, y }
}
