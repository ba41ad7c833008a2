import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, TILE_URL_PATTERN } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'
import { visitUntilControlled } from './support/serviceWorker'
import { servePrivateCopy, type ServedBuild } from './support/preview'
import { stubTileServer } from './support/tileServer'
import type { Dataset, DatasetManifest } from '@common/place'
import { datasetHashInput } from '../../src/domain/datasetUpdate'
import { sha256Hex } from '../../geo/build/hash'
import { DATASET_SETTLED } from './support/datasetSettled'

/** Waits until the footer shows this dataset version, however long a busy machine takes to download and store it. */
async function showsVersion(page: Page, version: string): Promise<void> {
  await page.getByTestId('dataset-summary').filter({ hasText: version }).waitFor()
}

const RENAMED = 'สถานที่ที่เปลี่ยนชื่อในฉบับใหม่'

/** What the service worker's tile cache holds (status and response type of each entry), or null when there is no such cache. */
function tileCacheEntries(page: Page): Promise<{ status: number; type: string }[] | null> {
  return page.evaluate(async () => {
    if (!(await caches.has('map-tiles'))) return null
    const cache = await caches.open('map-tiles')
    const responses = await Promise.all((await cache.keys()).map((request) => cache.match(request)))
    return responses.map((response) => ({ status: response?.status ?? -1, type: response?.type ?? 'missing' }))
  })
}

/** A new release of the app, as a deployment writes it: a changed sw.js, with its compressed copies written anew. */
async function releaseNewWorker(dir: string): Promise<void> {
  const worker = Buffer.concat([await readFile(join(dir, 'sw.js')), Buffer.from('\n// a new release\n')])
  await Promise.all([writeFile(join(dir, 'sw.js'), worker), writeFile(join(dir, 'sw.js.br'), brotliCompressSync(worker)), writeFile(join(dir, 'sw.js.gz'), gzipSync(worker))])
}

/** Lets the service worker finish the cache writes it started (they run after the page got its answer). */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)))

/** Publishes into the server's database a new version with an OSCC hospital (listed first) renamed. */
async function publishNewDataset(server: ServedBuild): Promise<string> {
  const manifest = (await (await fetch(`${server.url}data/manifest.json`)).json()) as DatasetManifest
  const dataset = (await (await fetch(`${server.url}data/${manifest.file}`)).json()) as Dataset
  const renamed = dataset.places.find((place) => place.kind === 'oscc_hospital')!
  const places = dataset.places.map((place) => (place === renamed ? { ...place, name: { ...place.name, th: RENAMED } } : place))
  const changed: Dataset = { ...dataset, places }
  const hash = sha256Hex(datasetHashInput(changed))
  const version = `2099.01.01-${hash.slice(0, 8)}`
  await server.publish({ ...changed, version, hash })
  return version
}

describe.runIf(inject('hasChromium'))('installable offline app', () => {
  // Each test publishes into its own copy of the build, so no test sees another's release.
  let server: ServedBuild
  beforeEach(async () => {
    server = await servePrivateCopy(inject('distDir'), inject('databaseTemplate'))
  })
  afterEach(async () => {
    await server?.close()
  })
  // Registered after the server's hooks, so each test's contexts close before its server does.
  const browser = usePhoneBrowser()

  it('works offline after one visit: shell, basemap, markers, list, hotlines, sheet and search', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)

    await context.setOffline(true)
    await page.reload()
    await page.getByTestId('offline-indicator').waitFor()
    const map = page.getByTestId('map')
    // The map can paint its (zero) markers before the stored places are read: wait for them.
    await expect.poll(async () => Number(await map.getAttribute('data-markers-painted')), DATASET_SETTLED).toBeGreaterThan(100)
    expect(await map.getAttribute('data-basemap')).toBe('offline')
    expect((await map.getAttribute('data-kinds'))?.split(',')).toEqual(expect.arrayContaining(['oscc_hospital', 'police_station']))
    const items = page.getByTestId('place-list-item')
    await items.first().waitFor()
    expect(await items.count()).toBeGreaterThan(10)

    // The sheet's details and what the search says under its box are chunks loaded after the first
    // screen: offline they come from the service worker's precache.
    await items.first().click()
    await page.getByTestId('place-sheet').getByTestId('place-kind').waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('search-input').fill('ไม่มีที่นี่')
    await page.getByTestId('search-no-match').waitFor()
    expect(await page.getByTestId('search-hotline-call').count()).toBe(3)
    await page.getByTestId('search-input').fill('')
    await page.getByRole('button', { name: /สายด่วน/ }).click()
    await expect.poll(() => page.getByTestId('hotlines').innerText()).toContain('1300')
  })

  it('picks up a dataset published while online on the next visit', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)
    // The check this visit makes is over before the new dataset is published.
    await page.locator('[data-testid="dataset-status"][data-phase="ready"]').waitFor()
    const before = await page.getByTestId('dataset-summary').innerText()

    const version = await publishNewDataset(server)
    expect(before).not.toContain(version)
    await page.reload()
    await showsVersion(page, version)
    await page.getByTestId('place-list').getByText(RENAMED).first().waitFor()
    // Stored in IndexedDB: offline, the new version is still what the app shows.
    await context.setOffline(true)
    await page.reload()
    await showsVersion(page, version)
  })

  it('after ten seconds on the first-run safety notice, and nothing else, opens with no signal', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await openApp(context, server.url, { keepSafetyNotice: true })
    await page.getByTestId('safety-notice').waitFor()
    // "Saved" is said only once the service worker has the whole app.
    const offlineCopy = page.getByTestId('offline-copy')
    // The person reads the notice for ten seconds, then leaves (the scenario is a time, not a wait for the app).
    await page.waitForTimeout(10_000)
    expect(await offlineCopy.getAttribute('data-state')).toBe('saved')
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active))).toBe(true)
    await page.close()

    await context.setOffline(true)
    const again = await context.newPage()
    await again.goto(server.url)
    await again.getByTestId('safety-notice').waitFor()
    await again.getByTestId('safety-notice-dismiss').click()
    await again.getByTestId('place-list-item').first().waitFor()
    await again.getByTestId('offline-indicator').waitFor()
    // What the map screen fetches only after it has painted comes from the offline copy too: the
    // place sheet's details (with its phones) and the English words.
    await again.getByTestId('place-list-item').first().click()
    await again.getByTestId('place-sheet').getByTestId('verification').waitFor()
    await again.getByTestId('lang-switch').click()
    await expect.poll(() => again.locator('#finding-heading').textContent()).toBe('Find help')
  })

  it('offers a new app version and never reloads by itself', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))

    await releaseNewWorker(server.dir)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await page.getByTestId('update-prompt').waitFor({ timeout: 30_000 })
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true)

    await page.getByTestId('update-now').click()
    await expect
      .poll(() => page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument ?? false), { timeout: 15_000 })
      .toBe(false)
    // The new version is the one in control: nothing waits any more, and nothing is offered again.
    await page.getByTestId('place-list-item').first().waitFor()
    await expect
      .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 15_000 })
      .toBe(false)
    await page.locator('[data-testid="offline-copy"][data-state="saved"]').waitFor()
    expect(await page.getByTestId('update-prompt').count()).toBe(0)
  })

  it('keeps no captive-portal page in place of a new dataset: the next visit online gets the real data', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)
    const version = await publishNewDataset(server)
    let portalAnswers = 0
    // A Wi-Fi login page answering 200 HTML in place of the file (context.route sees the service worker's fetches).
    await context.route('**/data/dataset.*.json', (route) => {
      portalAnswers += 1
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Wi-Fi login</title><form>Log in</form>' })
    })
    await page.reload()
    await expect.poll(() => portalAnswers, DATASET_SETTLED).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('dataset-notice').isVisible(), DATASET_SETTLED).toBe(true)
    expect(await page.getByTestId('dataset-summary').innerText()).not.toContain(version)
    await settle(page)

    await context.unroute('**/data/dataset.*.json')
    await page.reload()
    await expect.poll(() => page.getByTestId('dataset-summary').innerText(), DATASET_SETTLED).toContain(version)
    await expect.poll(() => page.getByTestId('place-list').innerText()).toContain(RENAMED)
  })

  it('keeps no failed tile, and keeps good tiles readable (CORS, not opaque)', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const failing = await stubTileServer(context, 503)
    const page = await visitUntilControlled(context, server.url)
    const map = page.getByTestId('map')
    await expect.poll(() => map.getAttribute('data-basemap')).toBe('offline')
    expect(failing.requests.length).toBeGreaterThan(0)
    await settle(page)
    expect((await tileCacheEntries(page)) ?? []).toEqual([])

    await context.unroute(TILE_URL_PATTERN)
    const working = await stubTileServer(context)
    await page.reload()
    await expect.poll(() => page.locator('.map-tiles .leaflet-tile-loaded').count()).toBeGreaterThan(0)
    await expect.poll(async () => (await tileCacheEntries(page))?.length ?? 0).toBeGreaterThan(0)
    const entries = (await tileCacheEntries(page)) ?? []
    expect(entries.every((entry) => entry.status === 200 && entry.type !== 'opaque')).toBe(true)
    expect(working.requests.every((request) => request.origin === new URL(server.url).origin)).toBe(true)
  })

  it('quick exit deletes the cache of viewed tiles', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    await stubTileServer(context)
    await context.route('https://www.tmd.go.th/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>weather</title>' }))
    const page = await visitUntilControlled(context, server.url)
    await expect.poll(async () => (await tileCacheEntries(page))?.length ?? 0).toBeGreaterThan(0)
    const [worker] = context.serviceWorkers()
    if (!worker) throw new Error('no service worker')

    await page.getByTestId('quick-exit').click()
    await page.waitForURL('https://www.tmd.go.th/')
    await expect.poll(() => worker.evaluate(() => caches.has('map-tiles'))).toBe(false)
  })

  it('offers a neutral name and icon before installing: the manifest Chromium would install changes, and stays after a reload', async () => {
    const context = await browser.newContext()
    const page = await openApp(context, server.url)
    const cdp = await context.newCDPSession(page)
    // What Chromium itself would install from this page (its manifest URL and parsed name).
    const installable = async () => {
      const { url, data } = (await cdp.send('Page.getAppManifest')) as { url: string; data?: string }
      return { url, shortName: (JSON.parse(data ?? '{}') as { short_name?: string }).short_name }
    }
    expect(await installable()).toEqual({ url: `${server.url}manifest.webmanifest`, shortName: 'พื้นที่ปลอดภัย' })

    await page.getByTestId('menu-button').click()
    await page.getByTestId('menu-install').click()
    const choice = page.getByTestId('home-screen-look')
    expect(await choice.getByTestId('home-screen-look-standard').isChecked()).toBe(true)
    await choice.getByTestId('home-screen-look-weather').check()
    await expect.poll(installable).toEqual({ url: `${server.url}manifest-weather.webmanifest`, shortName: 'สภาพอากาศ' })

    const manifest = (await (await context.request.get(`${server.url}manifest-weather.webmanifest`)).json()) as { id: string; start_url: string; icons: { src: string }[] }
    expect(manifest).toMatchObject({ id: './', start_url: './' })
    expect(JSON.stringify(manifest)).not.toMatch(/ปลอดภัย|Safe|OSCC|screenshots/)
    for (const icon of manifest.icons) {
      const answer = await context.request.get(`${server.url}${icon.src}`)
      expect(answer.status(), icon.src).toBe(200)
      expect(answer.headers()['content-type'], icon.src).toMatch(/^image\//)
    }

    // Remembered on the phone: the next start links the chosen manifest before anything else.
    await page.reload()
    await page.locator('#main[data-start-checked="true"]').waitFor()
    await expect.poll(installable).toEqual({ url: `${server.url}manifest-weather.webmanifest`, shortName: 'สภาพอากาศ' })
  })

  it('requests nothing outside its own origin except the tile host', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const origins = new Set<string>()
    context.on('request', (request) => origins.add(new URL(request.url()).origin))
    const page = await visitUntilControlled(context, server.url)
    await page.getByTestId('place-list-item').first().click()
    await context.setOffline(true)
    await page.reload()
    await page.getByTestId('place-list-item').first().waitFor()

    const foreign = [...origins].filter((origin) => origin !== new URL(server.url).origin)
    expect(foreign.filter((origin) => origin !== 'https://tile.openstreetmap.org')).toEqual([])
  })
})
