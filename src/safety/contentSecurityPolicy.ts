// Imported by vite.config.ts, so relative imports only (the '@' alias does not exist at config time).
import { tileOrigin } from '../domain/deployment'

/** What the policy must allow beyond the app's own origin. */
export interface CspSources {
  /** The map tile URL template (VITE_TILE_URL); an absolute one adds its origin to img-src. */
  tileUrl: string
  /** The report API's origin (VITE_REPORT_API_ORIGIN) when it is not the app's own origin. */
  reportApiOrigin?: string
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The origin of the report API, checked: https (plain http only on this machine), no path. */
export function reportApiSource(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`VITE_REPORT_API_ORIGIN "${value}" is not an absolute address; give an origin such as https://reports.example.org`)
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))
  if (!secure) throw new Error(`VITE_REPORT_API_ORIGIN "${value}" must use https:// (reports are sensitive).`)
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`VITE_REPORT_API_ORIGIN "${value}" must be an origin only (scheme://host[:port]), without a path.`)
  }
  return url.origin
}

// A template without a scheme ("/tiles/{z}/{x}/{y}.png") is served by the app's own origin.
function tileSource(tileUrl: string): string | null {
  return /^[a-z][a-z\d+.-]*:/i.test(tileUrl) ? tileOrigin(tileUrl) : null
}

/**
 * The app's Content-Security-Policy: its own origin, the tile host for images and the report API
 * for connections; no inline scripts, no eval, no third-party scripts, fonts or frames.
 */
export function contentSecurityPolicy({ tileUrl, reportApiOrigin }: CspSources): string {
  const tiles = tileSource(tileUrl)
  const reports = reportApiOrigin ? reportApiSource(reportApiOrigin) : null
  const directives: [string, (string | null)[]][] = [
    ['default-src', ["'self'"]],
    // No 'unsafe-inline' and no 'unsafe-eval': Vue templates are compiled at build time and
    // vue-i18n compiles messages without eval (JIT), so the bundle needs neither.
    ['script-src', ["'self'"]],
    // Leaflet positions tiles and panes with inline style attributes and Vue binds :style; inline
    // styles cannot run code, and img-src/connect-src/font-src below bound what CSS could load.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // data: covers the small images Vite inlines (Leaflet's control icons).
    ['img-src', ["'self'", 'data:', tiles]],
    ['font-src', ["'self'"]],
    // The tile host too: the service worker fetches the tiles it caches, and a worker's fetch is a
    // connection under the policy the server sends with sw.js.
    ['connect-src', ["'self'", reports, tiles]],
    // The PWA's service worker (sw.js) is served by the app itself.
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ]
  return directives
    .map(([name, sources]) => [name, ...new Set(sources.filter((source): source is string => source !== null))].join(' '))
    .join('; ')
}
