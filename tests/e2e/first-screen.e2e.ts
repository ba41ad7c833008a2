import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { Basemap } from '@common/basemap'
import type { Dataset } from '@common/place'
import { gotoApp, openApp } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'

// The resident's first minute at 390×844 in Thai: what shows without scrolling.

const SCREENSHOTS = process.env.E2E_SCREENSHOTS

function builtData(): { dataset: Dataset; basemap: Basemap } {
  const dir = join(inject('distDir'), 'data')
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const manifest = read('manifest.json') as { file: string }
  return { dataset: read(manifest.file) as Dataset, basemap: read('basemap.json') as Basemap }
}

/** The built chunk that carries Leaflet (the map's code), by its path on the server. */
function leafletChunkPath(): string {
  const assets = join(inject('distDir'), 'assets')
  const chunks = readdirSync(assets).filter((file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('leaflet-container'))
  if (chunks.length !== 1) throw new Error(`expected one Leaflet chunk in the build, found ${chunks.length}`)
  return `/assets/${chunks[0]}`
}

/** Marks, on the page's clock, when the whole list of places first appears. */
async function markListShown(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('[data-testid="place-list"]')) return
      performance.mark('test:list-shown')
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
}

/** Where a district's name sits: a point inside it, as a person there would be. */
function districtLabelPoint(basemap: Basemap, code: number): { latitude: number; longitude: number } {
  const district = basemap.features.find((feature) => feature.properties.code === code)
  if (!district) throw new Error(`basemap.json has no district ${code}`)
  const [longitude, latitude] = district.properties.label
  return { latitude, longitude }
}

/** Whether the element is wholly in the part of the screen nothing fixed covers, with the page not scrolled. */
async function whollyVisibleWithoutScrolling(page: Page, element: Locator): Promise<boolean> {
  return element.evaluate((target) => {
    const box = target.getBoundingClientRect()
    const top = document.querySelector('[data-testid="quick-exit"]')?.getBoundingClientRect().bottom ?? 0
    const bottom = document.querySelector('[data-testid="hotlines-button"]')?.getBoundingClientRect().top ?? window.innerHeight
    return window.scrollY === 0 && box.height > 0 && box.top >= top && box.bottom <= bottom && box.left >= 0 && box.right <= window.innerWidth
  })
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

// Bang Na: a police station is next door, the nearest OSCC hospital about 12 km away.
const BANG_NA = 1047

describe.runIf(inject('hasChromium'))('the first screen on a phone', () => {
  const browser = usePhoneBrowser()

  it('on a first run shows the notice without building the map behind it: no map, no basemap until the person goes on', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const basemapRequests: string[] = []
    page.on('request', (request) => request.url().includes('/data/basemap.json') && basemapRequests.push(request.url()))
    // Records whether the home screen or a Leaflet map was ever on the page, however briefly.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="home-page"], .leaflet-container')) document.documentElement.dataset.mapWasBuilt = 'true'
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(inject('baseUrl'))
    await page.getByTestId('safety-notice').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => document.documentElement.dataset.mapWasBuilt ?? 'false')).toBe('false')
    expect(basemapRequests).toEqual([])

    await page.getByTestId('safety-notice-dismiss').click()
    await page.locator('[data-testid="map"][data-markers-painted]').waitFor()
    expect(basemapRequests.length).toBeGreaterThan(0)
  })

  it('asks for its Thai font with the page, before laying out any text, and uses what it asked for', async () => {
    const page = await (await browser.newContext()).newPage()
    const warnings: string[] = []
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
    await page.goto(inject('baseUrl'))
    await page.getByTestId('safety-notice').waitFor()
    // Long enough for Chromium's warning about a preloaded file left unused (it waits 3 s after load).
    await page.waitForTimeout(4000)
    const fonts = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => ({ file: new URL(entry.name).pathname, by: entry.initiatorType })),
    )
    expect(fonts.filter((font) => font.by === 'link')).toHaveLength(2)
    expect(warnings.filter((warning) => /preload/i.test(warning))).toEqual([])
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Thai"', 'ก'))).toBe(true)
  })

  it('mounts the list below the map after its first markers, and shows it without them when the map cannot load', async () => {
    const page = await (await browser.newContext()).newPage()
    await markListShown(page)
    await gotoApp(page, inject('baseUrl'))
    await page.reload()
    await page.getByTestId('place-list-item').first().waitFor()
    const marks = await page.evaluate(() => ({
      marker: performance.getEntriesByName('first-marker-painted')[0]?.startTime ?? NaN,
      list: performance.getEntriesByName('test:list-shown')[0]?.startTime ?? NaN,
    }))
    expect(marks.list).toBeGreaterThan(marks.marker)

    const withoutMap = await browser.newContext()
    const leaflet = leafletChunkPath()
    await withoutMap.route((url) => url.pathname === leaflet, (route) => route.abort())
    const stranded = await withoutMap.newPage()
    await gotoApp(stranded, inject('baseUrl'))
    // A later visit: the map (not the first-run notice) is the first screen, and it never paints.
    await stranded.reload()
    await stranded.locator('#main[data-screen="home"]').waitFor()
    await stranded.getByTestId('place-list-item').first().waitFor({ timeout: 10_000 })
    expect(await stranded.locator('[data-testid="map"][data-markers-painted]').count()).toBe(0)
  })

  it('opens with a safety notice that fits the screen, its main points and its button in view', async () => {
    const page = await browser.openHome({ keepSafetyNotice: true })
    await page.locator('#main[data-screen="safety"]').waitFor()
    const notice = page.getByTestId('safety-notice')
    await notice.waitFor()
    await screenshot(page, 'notice')

    const text = await notice.innerText()
    for (const point of ['ออกทันที', 'Shift', 'ประวัติ', '1300', '191']) expect(text).toContain(point)
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true)
    const proceed = page.getByTestId('safety-notice-dismiss')
    expect(await whollyVisibleWithoutScrolling(page, proceed)).toBe(true)
    expect((await proceed.innerText()).replace(/\s+/g, ' ')).toContain('ไปที่แผนที่')

    // The rest is one tap away.
    await page.getByTestId('safety-notice-more').click()
    await page.getByTestId('history-how-to').waitFor()
    await page.getByTestId('exit-url-settings').waitFor()
    await proceed.click()
    await page.locator('#main[data-screen="home"]').waitFor()
  })

  it('shows the nearest help for the chosen need above the fold after "near me": name, kind, distance and a call', async () => {
    const context = await browser.newContext({ geolocation: districtLabelPoint(builtData().basemap, BANG_NA) })
    const page = await openApp(context, inject('baseUrl'))
    await page.getByTestId('need-hurt').check()
    await page.getByTestId('near-me').click()
    const first = page.getByTestId('top-results').getByTestId('place-list-item').first()
    await first.getByTestId('distance').waitFor()
    await screenshot(page, 'home-hurt-near-me')

    expect(await whollyVisibleWithoutScrolling(page, first)).toBe(true)
    expect(await first.getAttribute('data-kind')).toBe('oscc_hospital')
    expect(await first.innerText()).toMatch(/ศูนย์พึ่งได้/)
    expect(await first.getByTestId('call-button').getAttribute('href')).toMatch(/^tel:/)
    // The quick exit and the hotline bar stay.
    expect(await page.getByTestId('quick-exit').boundingBox()).toMatchObject({ x: 0, y: 0 })
    expect(await page.getByTestId('hotlines-button').isVisible()).toBe(true)
  })

  it('"ถูกทำร้าย" + "ใกล้ฉัน": the map shows the places the list ranks first, not only the police next door', async () => {
    const { dataset, basemap } = builtData()
    const context = await browser.newContext({ geolocation: districtLabelPoint(basemap, BANG_NA) })
    const page = await openApp(context, inject('baseUrl'))
    const map = page.getByTestId('map')
    await page.locator('[data-testid="map"][data-markers-painted]').waitFor()
    await page.getByTestId('need-hurt').check()
    await page.getByTestId('near-me').click()
    await page.getByTestId('top-results').getByTestId('distance').first().waitFor()

    const listed = await page.getByTestId('place-list').getByTestId('place-list-item').evaluateAll((items) =>
      items.slice(0, 3).map((item) => item.getAttribute('data-place-id')),
    )
    const locations = listed.map((id) => dataset.places.find((place) => place.id === id))
    expect(locations[0]?.kind).toBe('oscc_hospital')
    /** Which of the list's first three places lie outside what the map shows (its data-view: south,west,north,east). */
    const outsideTheMap = async () => {
      const [south = NaN, west = NaN, north = NaN, east = NaN] = ((await map.getAttribute('data-view')) ?? '').split(',').map(Number)
      return locations
        .filter((place) => {
          const at = place?.location
          return !at || at.lat < south || at.lat > north || at.lng < west || at.lng > east
        })
        .map((place) => place?.id)
    }
    await expect.poll(outsideTheMap).toEqual([])
    await screenshot(page, 'home-hurt-near-me-map')
  })
})
