import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { DEFAULT_TILE_URL } from '../../src/domain/deployment'
import { datasetHashInput } from '../../src/domain/datasetUpdate'
import type { Dataset, DatasetManifest } from '@common/place'
import { contentSecurityPolicy } from '../../src/safety/contentSecurityPolicy'
import { openApp } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'
import { openFirstPlace } from './support/places'
import { stubTileServer } from './support/tileServer'

const PAYLOAD = '<img src=x onerror="window.__xss=1">'
const EVIL_SCRIPT = 'https://evil.example/x.js'

interface Violation {
  directive: string
  blocked: string
}

declare global {
  interface Window {
    __violations: Violation[]
    __xss?: number
    __evil?: number
    __inline?: number
  }
}

/**
 * Records every Content-Security-Policy violation from the first byte of the page on. The server's
 * header and the build's <meta> each report a blocked attempt: it is recorded once.
 */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      const violation = { directive: event.effectiveDirective, blocked: event.blockedURI }
      const seen = window.__violations.some((known) => known.directive === violation.directive && known.blocked === violation.blocked)
      if (!seen) window.__violations.push(violation)
    })
  })
}

const violations = (page: Page) => page.evaluate(() => window.__violations)

/** The built dataset with every place named PAYLOAD, re-hashed so the app accepts it. */
async function hostileDataset(distDir: string): Promise<{ manifest: DatasetManifest; dataset: Dataset }> {
  const data = join(distDir, 'data')
  const built = JSON.parse(await readFile(join(data, 'manifest.json'), 'utf8')) as DatasetManifest
  const original = JSON.parse(await readFile(join(data, built.file), 'utf8')) as Dataset
  const renamed: Dataset = { ...original, places: original.places.map((place) => ({ ...place, name: { th: PAYLOAD, en: PAYLOAD } })) }
  const hash = createHash('sha256').update(datasetHashInput(renamed)).digest('hex')
  const manifest: DatasetManifest = { ...built, hash, file: `dataset.${hash.slice(0, 8)}.json` }
  // Without province parts the app reads the whole file (as for versions published before the split).
  delete manifest.parts
  delete manifest.common
  return {
    manifest,
    dataset: { ...renamed, hash },
  }
}

/** The built offline basemap with every district named PAYLOAD (its labels are drawn on the map). */
async function hostileBasemap(distDir: string): Promise<unknown> {
  const basemap = JSON.parse(await readFile(join(distDir, 'data', 'basemap.json'), 'utf8')) as {
    features: { properties: Record<string, unknown> }[]
  }
  return {
    ...basemap,
    features: basemap.features.map((feature) => ({ ...feature, properties: { ...feature.properties, name_th: PAYLOAD, name_en: PAYLOAD } })),
  }
}

describe.runIf(inject('hasChromium'))('content security policy and escaping', () => {
  const browser = usePhoneBrowser()

  it('ships the policy the app is tested with, and a referrer policy tiles accept', async () => {
    const html = await readFile(join(inject('distDir'), 'index.html'), 'utf8')
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1]?.replaceAll('&#39;', "'")
    expect(policy).toBe(contentSecurityPolicy({ tileUrl: process.env.VITE_TILE_URL || DEFAULT_TILE_URL, reportApiOrigin: process.env.VITE_REPORT_API_ORIGIN }))
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(html).toContain('<meta name="referrer" content="strict-origin-when-cross-origin"')
    // The server sends the same policy as a header, with what only a header can say.
    const served = await fetch(inject('baseUrl'), { headers: { accept: 'text/html' } })
    expect(served.headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`)
    expect(served.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('runs the whole app (Vue, vue-i18n, Leaflet, fonts) without a single violation', async () => {
    const context = await browser.newContext()
    await recordViolations(context)
    const page = await openApp(context, inject('baseUrl'))
    await page.locator('[data-testid="place-list-item"]').first().waitFor()
    await page.locator('.leaflet-container').waitFor()
    await page.getByTestId('lang-switch').click()
    expect(await violations(page)).toEqual([])
  })

  it('lets the tile host’s tiles load with CORS without a violation', async () => {
    const context = await browser.newContext()
    await recordViolations(context)
    const tileHost = await stubTileServer(context)
    const page = await openApp(context, inject('baseUrl'))
    await expect.poll(() => page.locator('.map-tiles .leaflet-tile-loaded').count()).toBeGreaterThan(0)
    expect(await page.locator('.map-tiles img').first().getAttribute('crossorigin')).toBe('anonymous')
    expect(tileHost.requests[0]?.origin).toBe(new URL(inject('baseUrl')).origin)
    expect(await page.getByTestId('map').getAttribute('data-basemap')).toBe('tiles')
    expect(await violations(page)).toEqual([])
  })

  it('shows a place or district named like HTML as text, never as markup', async () => {
    const context = await browser.newContext()
    const { manifest, dataset } = await hostileDataset(inject('distDir'))
    const basemap = await hostileBasemap(inject('distDir'))
    await context.route('**/data/manifest.json', (route) => route.fulfill({ json: manifest }))
    await context.route(`**/data/${manifest.file}`, (route) => route.fulfill({ json: dataset }))
    await context.route('**/data/basemap.json', (route) => route.fulfill({ json: basemap }))
    await recordViolations(context)
    const page = await openApp(context, inject('baseUrl'))

    const item = page.locator('[data-testid="place-list-item"]').first()
    await item.waitFor()
    expect(await item.innerText()).toContain(PAYLOAD)
    const sheet = await openFirstPlace(page)
    expect(await sheet.innerText()).toContain(PAYLOAD)
    const label = page.locator('.leaflet-container .district-label__th').first()
    await label.waitFor({ state: 'attached' })
    expect(await label.textContent()).toBe(PAYLOAD)

    // Parsed as HTML, the name would have made an <img src="x"> (and its onerror a CSP violation).
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.evaluate(() => window.__xss)).toBeUndefined()
    expect(await violations(page)).toEqual([])
  })

  it('blocks a third-party script and an inline script injected at runtime; the script is never fetched', async () => {
    const context = await browser.newContext()
    const fetched: string[] = []
    const failures: (string | undefined)[] = []
    await context.route('https://evil.example/**', (route) => {
      fetched.push(route.request().url())
      return route.fulfill({ contentType: 'text/javascript', body: 'window.__evil = 1' })
    })
    context.on('requestfailed', (request) => {
      if (request.url() === EVIL_SCRIPT) failures.push(request.failure()?.errorText)
    })
    await recordViolations(context)
    const page = await openApp(context, inject('baseUrl'))

    await page.evaluate((src) => {
      const external = document.createElement('script')
      external.src = src
      document.head.append(external)
      const inline = document.createElement('script')
      inline.textContent = 'window.__inline = 1'
      document.head.append(inline)
    }, EVIL_SCRIPT)
    await expect.poll(() => violations(page).then((list) => list.length)).toBe(2)

    expect(await violations(page)).toEqual([
      { directive: 'script-src-elem', blocked: EVIL_SCRIPT },
      { directive: 'script-src-elem', blocked: 'inline' },
    ])
    expect(await page.evaluate(() => [window.__evil, window.__inline])).toEqual([undefined, undefined])
    // Chromium reports the attempt, but stops it before the network: nothing reached the route.
    await expect.poll(() => failures).toEqual(['csp'])
    expect(fetched).toEqual([])
  })

  it('refuses eval in the page', async () => {
    const context = await browser.newContext()
    // A same-origin script may run, so it can try eval from inside the page (DevTools' own evaluate is exempt).
    await context.route('**/__csp-eval-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { window.__evalResult = String(eval('1 + 1')) } catch (error) { window.__evalResult = error.name }",
      }),
    )
    await recordViolations(context)
    const page = await openApp(context, inject('baseUrl'))
    await page.evaluate(() => {
      const probe = document.createElement('script')
      probe.src = '/__csp-eval-probe.js'
      document.head.append(probe)
    })
    await expect.poll(() => page.evaluate(() => (window as unknown as { __evalResult?: string }).__evalResult)).toBe('EvalError')
    await expect.poll(() => violations(page)).toEqual([{ directive: 'script-src', blocked: 'eval' }])
  })
})
