import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import type { Basemap } from '@common/basemap'
import type { Dataset, LatLng, Place } from '@common/place'
import { PLACE_KINDS } from '@common/place'
import { KIND_APPEARANCE } from '../../src/map/kindAppearance'
import { openApp, TILE_URL_PATTERN } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'
import { waitForEveryPlacePainted } from './support/datasetSettled'
import { stubTileServer, TILE_CORS_HEADERS, TILE_PNG } from './support/tileServer'

// The map is checked from the outside: where the built data says a place is, against the part of
// the world the map says it shows (its data-view) and where the map is on the screen.

interface Point {
  x: number
  y: number
}

function builtData(): { dataset: Dataset; basemap: Basemap } {
  const dir = join(inject('distDir'), 'data')
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const manifest = read('manifest.json') as { file: string }
  return { dataset: read(manifest.file) as Dataset, basemap: read('basemap.json') as Basemap }
}

const located = (dataset: Dataset): Place[] => dataset.places.filter((place) => place.location !== null)

const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))

/**
 * Screen position of any point, from what the map says it shows (its data-view: south,west,north,east)
 * and where its element is on the screen: Web Mercator is linear in lng and in mercator y.
 */
async function screenProjection(page: Page): Promise<(p: LatLng) => Point> {
  const { view, box } = await page.locator('[data-testid="map"]').evaluate((element) => {
    const rect = element.getBoundingClientRect()
    return { view: element.getAttribute('data-view') ?? '', box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height } }
  })
  const [south = NaN, west = NaN, north = NaN, east = NaN] = view.split(',').map(Number)
  return (p) => ({
    x: box.left + ((p.lng - west) / (east - west)) * box.width,
    y: box.top + ((mercatorY(north) - mercatorY(p.lat)) / (mercatorY(north) - mercatorY(south))) * box.height,
  })
}

const map = (page: Page): Locator => page.locator('[data-testid="map"]')

/** Whether the map itself is what shows at this point of the screen (not the sheet or anything else on top). */
function mapShowsAt(page: Page, point: Point): Promise<boolean> {
  return page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y)
    return hit !== null && document.querySelector('[data-testid="map"]')?.contains(hit) === true
  }, point)
}

async function openMap(context: BrowserContext): Promise<Page> {
  const page = await openApp(context, inject('baseUrl'))
  // Tests below look for places anywhere in the area: wait for every province part, not just the first drawn.
  await waitForEveryPlacePainted(page, located(builtData().dataset).length)
  await page.locator('[data-testid="map"][data-districts]').waitFor({ state: 'attached' })
  // Dismissing the (long) safety notice lands the resident at the top, on the map.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  return page
}

/** Zooms in with the map's own button, one level at a time (a tap during the zoom animation is ignored). */
async function zoomInTo(page: Page, zoom: number): Promise<void> {
  for (let current = Number(await map(page).getAttribute('data-zoom')); current < zoom; ) {
    await page.locator('.leaflet-control-zoom-in').click()
    const before = current
    await expect.poll(async () => (current = Number(await map(page).getAttribute('data-zoom')))).toBeGreaterThan(before)
  }
}

/** Pixels of each colour on the markers' canvas (exact RGB, fully opaque), and where the first one is. */
async function canvasColours(page: Page, pane: string, colours: string[]): Promise<Record<string, { count: number; first: Point | null }>> {
  return page.evaluate(
    ([selector, wanted]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector)
      if (!canvas) throw new Error(`no canvas at ${selector}`)
      const rect = canvas.getBoundingClientRect()
      const scale = canvas.width / rect.width
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray()
      const found: Record<string, { count: number; first: { x: number; y: number } | null }> = {}
      for (const colour of wanted) found[colour] = { count: 0, first: null }
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255) continue
        const hex = '#' + [data[i], data[i + 1], data[i + 2]].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')
        const entry = found[hex]
        if (!entry) continue
        entry.count += 1
        const pixel = i / 4
        entry.first ??= { x: rect.left + (pixel % canvas.width) / scale, y: rect.top + Math.floor(pixel / canvas.width) / scale }
      }
      return found
    },
    [`[data-testid="map"] .leaflet-${pane}-pane canvas`, colours] as const,
  )
}

describe.runIf(inject('hasChromium'))('map', () => {
  const browser = usePhoneBrowser()

  it('paints a marker for every place with a location, in each kind’s colour, and none for hidden places', async () => {
    const { dataset } = builtData()
    const context = await browser.newContext()
    const page = await openMap(context)
    const expectedKinds = PLACE_KINDS.filter((kind) => located(dataset).some((place) => place.kind === kind))
    expect(await map(page).getAttribute('data-markers-painted')).toBe(String(located(dataset).length))
    expect(await map(page).getAttribute('data-kinds')).toBe(expectedKinds.join(','))
    expect(dataset.places.length).toBeGreaterThan(located(dataset).length)
    expect(await page.evaluate(() => performance.getEntriesByName('first-marker-painted').length)).toBe(1)

    const colours = await canvasColours(page, 'overlay', expectedKinds.map((kind) => KIND_APPEARANCE[kind].color))
    for (const kind of expectedKinds) expect(colours[KIND_APPEARANCE[kind].color]?.count, kind).toBeGreaterThan(0)
  })

  it('has a legend with the same shape and colour for every kind', async () => {
    const context = await browser.newContext()
    const page = await openMap(context)
    const legend = page.locator('[data-testid="legend"]')
    await legend.locator('summary').click()
    for (const kind of PLACE_KINDS) {
      const item = legend.locator(`li[data-kind="${kind}"]`)
      expect(await item.isVisible(), kind).toBe(true)
      expect(await item.locator('svg').getAttribute('data-shape')).toBe(KIND_APPEARANCE[kind].shape)
      expect(await item.locator('polygon').getAttribute('fill')).toBe(KIND_APPEARANCE[kind].color)
      expect((await item.innerText()).trim().length).toBeGreaterThan(0)
    }
  })

  it('shows the offline basemap with district outlines and names when tiles fail', async () => {
    const context = await browser.newContext()
    const page = await openMap(context)
    await expect.poll(() => map(page).getAttribute('data-basemap')).toBe('offline')
    expect(await page.locator('[data-testid="map"] .map-tiles').count()).toBe(0)
    expect(await page.locator('[data-testid="map-offline"]').isVisible()).toBe(true)
    const drawn = await canvasColours(page, 'basemap', ['#f4efe2', '#8ec1e3', '#7d776e'])
    expect(drawn['#f4efe2']?.count).toBeGreaterThan(10_000)
    // The Chao Phraya (light blue) and the railways (dashed grey) over the land, under the markers.
    expect(drawn['#8ec1e3']?.count, 'river pixels').toBeGreaterThan(200)
    expect(drawn['#7d776e']?.count, 'rail pixels').toBeGreaterThan(100)

    // One canvas the map's size (a padded one cost a long stall), and no names at the start zoom:
    // Leaflet would measure each hidden label one by one (issue #14).
    const canvasSize = await page.locator('[data-testid="map"] .leaflet-basemap-pane canvas').evaluate((canvas) => canvas.getBoundingClientRect())
    const mapSize = await map(page).boundingBox()
    expect([Math.round(canvasSize.width), Math.round(canvasSize.height)]).toEqual([Math.round(mapSize?.width ?? 0), Math.round(mapSize?.height ?? 0)])
    const labels = page.locator('[data-testid="map"] .district-label')
    expect(await map(page).getAttribute('data-labels')).toBe('none')
    expect(await labels.count()).toBe(0)

    // Closer in, the district names appear in Thai and English.
    await zoomInTo(page, 12)
    expect(await map(page).getAttribute('data-labels')).toBe('th')
    await expect.poll(() => labels.locator('[lang="th"]:visible').count()).toBeGreaterThan(0)
    expect(await labels.locator('[lang="en"]:visible').count()).toBe(0)
    await map(page).screenshot({ path: '/tmp/ssm-map-offline-basemap.png' })
    await zoomInTo(page, 13)
    expect(await map(page).getAttribute('data-labels')).toBe('both')
    await expect.poll(() => labels.locator('[lang="en"]:visible').count()).toBeGreaterThan(0)
  })

  it('hides working tiles while the device is offline and brings them back online', async () => {
    const context = await browser.newContext()
    // Registered after the harness's 204 stub, so it answers first.
    await context.route(TILE_URL_PATTERN, (route) => route.fulfill({ status: 200, contentType: 'image/png', headers: TILE_CORS_HEADERS, body: TILE_PNG }))
    const mapPage = await openMap(context)
    await expect.poll(() => mapPage.locator('.map-tiles .leaflet-tile-loaded').count()).toBeGreaterThan(0)
    expect(await map(mapPage).getAttribute('data-basemap')).toBe('tiles')
    // The tiles are credited while they show.
    expect(await mapPage.locator('[data-testid="tile-credit"]').innerText()).toContain('© OpenStreetMap contributors')
    expect(await mapPage.locator('[data-testid="offline-credit"]').isVisible()).toBe(false)

    await context.setOffline(true)
    await expect.poll(() => map(mapPage).getAttribute('data-basemap')).toBe('offline')
    expect(await mapPage.locator('.map-tiles').count()).toBe(0)

    await context.setOffline(false)
    await expect.poll(() => map(mapPage).getAttribute('data-basemap')).toBe('tiles')
    await expect.poll(() => mapPage.locator('.map-tiles').count()).toBe(1)
  })

  it('selects the place whose marker is tapped, and keeps it in sight above the sheet that opens', async () => {
    const { dataset } = builtData()
    const context = await browser.newContext()
    const page = await openMap(context)
    const toScreen = await screenProjection(page)
    const box = await map(page).boundingBox()
    if (!box) throw new Error('map has no box')
    // Away from the legend (top left), the zoom buttons (top right) and the attribution (bottom); taps pass through the offline note.
    const safe = { left: box.x + 12, right: box.x + box.width - 60, top: box.y + 64, bottom: box.y + box.height - 32 }
    const onScreen = located(dataset).map((place) => ({ place, at: toScreen(place.location as LatLng) }))
    const target = onScreen.find(
      ({ place, at }) =>
        at.x > safe.left &&
        at.x < safe.right &&
        at.y > safe.top &&
        at.y < safe.bottom &&
        // Farther than two marker radii (≤ 10 px) from any other, so the tap can only mean this one.
        onScreen.every((other) => other.place === place || Math.hypot(other.at.x - at.x, other.at.y - at.y) > 22),
    )
    if (!target) throw new Error('no place stands apart from the others at this zoom')

    await page.touchscreen.tap(target.at.x, target.at.y)
    await expect.poll(() => map(page).getAttribute('data-selected')).toBe(target.place.id)
    await page.locator('[data-testid="place-sheet"]').waitFor()
    const halo = await canvasColours(page, 'overlay', ['#ffbf47'])
    expect(halo['#ffbf47']?.count).toBeGreaterThan(0)
    await expect
      .poll(async () => mapShowsAt(page, (await screenProjection(page))(target.place.location as LatLng)))
      .toBe(true)
  })

  it('pans to a place chosen in the list, into the part of the map the sheet leaves free', async () => {
    const { dataset } = builtData()
    const context = await browser.newContext()
    const page = await openMap(context)
    const ids = await page.locator('[data-testid="place-list-item"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-place-id')))
    const place = ids.map((id) => located(dataset).find((p) => p.id === id)).find((p) => p !== undefined)
    if (!place) throw new Error('no located place in the list')
    // A click without scrolling, so the map stays on screen to be checked.
    await page.locator(`[data-testid="place-list-item"][data-place-id="${place.id}"] button`).first().dispatchEvent('click')

    await expect.poll(() => map(page).getAttribute('data-selected')).toBe(place.id)
    expect(Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThanOrEqual(14)
    const box = await map(page).boundingBox()
    if (!box) throw new Error('map has no box')
    const where = async () => (await screenProjection(page))(place.location as LatLng)
    await expect.poll(async () => Math.round(Math.abs((await where()).x - (box.x + box.width / 2)))).toBeLessThan(3)
    expect(await mapShowsAt(page, await where())).toBe(true)
    await page.screenshot({ path: '/tmp/ssm-map-selected.png' })
  })

  it('fits a chosen district to the map', async () => {
    const { basemap } = builtData()
    const context = await browser.newContext()
    const page = await openMap(context)
    const dusit = basemap.features.find((feature) => feature.properties.code === 1002)
    if (!dusit) throw new Error('basemap.json has no Dusit (1002)')
    const corners = (dusit.geometry.coordinates.flat(dusit.geometry.type === 'Polygon' ? 1 : 2) as number[][]).map(([lng = 0, lat = 0]) => ({ lat, lng }))
    const zoomBefore = Number(await map(page).getAttribute('data-zoom'))

    await page.locator('[data-testid="district-picker"]').selectOption('district:1002')
    await expect.poll(async () => Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore)
    const box = await map(page).boundingBox()
    if (!box) throw new Error('map has no box')
    const toScreen = await screenProjection(page)
    const xs = corners.map((corner) => toScreen(corner).x)
    const ys = corners.map((corner) => toScreen(corner).y)
    // The whole district shows, and fills the map in at least one direction.
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(box.x - 1)
    expect(Math.max(...xs)).toBeLessThanOrEqual(box.x + box.width + 1)
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(box.y - 1)
    expect(Math.max(...ys)).toBeLessThanOrEqual(box.y + box.height + 1)
    expect(Math.max((Math.max(...xs) - Math.min(...xs)) / box.width, (Math.max(...ys) - Math.min(...ys)) / box.height)).toBeGreaterThan(0.6)
  })

  it('after "near me", shows the position and the nearest places', async () => {
    const { dataset, basemap } = builtData()
    const dusit = basemap.features.find((feature) => feature.properties.code === 1002)
    if (!dusit) throw new Error('basemap.json has no Dusit (1002)')
    const [lng, lat] = dusit.properties.label
    const context = await browser.newContext()
    await context.grantPermissions(['geolocation'])
    await context.setGeolocation({ latitude: lat, longitude: lng, accuracy: 50 })
    const page = await openMap(context)
    const zoomBefore = Number(await map(page).getAttribute('data-zoom'))
    await page.locator('[data-testid="near-me"]').click()
    await expect.poll(async () => Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore)

    const dot = await canvasColours(page, 'overlay', ['#1a5fd0'])
    expect(dot['#1a5fd0']?.count).toBeGreaterThan(0)
    const box = await map(page).boundingBox()
    if (!box) throw new Error('map has no box')
    const toScreen = await screenProjection(page)
    const distance = (p: Place) => Math.hypot((p.location as LatLng).lat - lat, ((p.location as LatLng).lng - lng) * Math.cos((lat * Math.PI) / 180))
    const nearest = located(dataset).sort((a, b) => distance(a) - distance(b)).slice(0, 3)
    for (const point of [{ lat, lng }, ...nearest.map((p) => p.location as LatLng)]) {
      const at = toScreen(point)
      expect(at.x).toBeGreaterThanOrEqual(box.x)
      expect(at.x).toBeLessThanOrEqual(box.x + box.width)
      expect(at.y).toBeGreaterThanOrEqual(box.y)
      expect(at.y).toBeLessThanOrEqual(box.y + box.height)
    }
  })

  it('"near me" loads no map tile while the position shows, says why, and tiles return once the map moves on', async () => {
    const { basemap } = builtData()
    const dusit = basemap.features.find((feature) => feature.properties.code === 1002)
    if (!dusit) throw new Error('basemap.json has no Dusit (1002)')
    const [lng, lat] = dusit.properties.label
    const context = await browser.newContext()
    const tileHost = await stubTileServer(context)
    await context.grantPermissions(['geolocation'])
    await context.setGeolocation({ latitude: lat, longitude: lng, accuracy: 50 })
    const page = await openMap(context)
    await expect.poll(() => page.locator('.map-tiles .leaflet-tile-loaded').count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.map-tiles .leaflet-tile:not(.leaflet-tile-loaded)').count()).toBe(0)

    // Before any tap: tiles of the whole area (the same for everyone), with the app's origin and no path.
    const firstScreen = tileHost.requests.length
    const origin = new URL(inject('baseUrl')).origin
    console.log(`first screen: ${firstScreen} tiles at zoom ${[...new Set(tileHost.requests.map((r) => r.z))].join(', ')}; Referer ${tileHost.requests[0]?.referer}, Origin ${tileHost.requests[0]?.origin}`)
    expect(firstScreen).toBeGreaterThan(0)
    expect(tileHost.requests.every((r) => r.z <= 11 && r.referer === `${origin}/`)).toBe(true)

    const zoomBefore = Number(await map(page).getAttribute('data-zoom'))
    await page.locator('[data-testid="near-me"]').click()
    await expect.poll(async () => Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore)
    expect(await map(page).getAttribute('data-basemap')).toBe('private')
    expect(await page.locator('[data-testid="map"] .map-tiles').count()).toBe(0)
    expect(await page.getByTestId('map-private').isVisible()).toBe(true)
    // The offline basemap is what shows around the position.
    expect((await canvasColours(page, 'basemap', ['#f4efe2']))['#f4efe2']?.count).toBeGreaterThan(10_000)
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)))
    expect(tileHost.requests.slice(firstScreen)).toEqual([])

    // Choosing an area instead: tiles come back, for that area.
    await page.locator('[data-testid="district-picker"]').selectOption('district:1002')
    await expect.poll(() => map(page).getAttribute('data-basemap')).toBe('tiles')
    await expect.poll(() => tileHost.requests.length).toBeGreaterThan(firstScreen)
  })

  it('is a named region with Thai zoom buttons big enough to tap, and requests nothing but its own files and tiles', async () => {
    const context = await browser.newContext()
    const requested: string[] = []
    context.on('request', (request) => requested.push(request.url()))
    const page = await openMap(context)
    expect(await map(page).getAttribute('role')).toBe('region')
    expect(await map(page).getAttribute('aria-label')).toBe('แผนที่สถานที่ช่วยเหลือ')
    for (const [selector, label] of [
      ['.leaflet-control-zoom-in', 'ซูมเข้า'],
      ['.leaflet-control-zoom-out', 'ซูมออก'],
    ] as const) {
      const button = page.locator(selector)
      expect(await button.getAttribute('aria-label')).toBe(label)
      const size = await button.boundingBox()
      expect(size?.width).toBeGreaterThanOrEqual(44)
      expect(size?.height).toBeGreaterThanOrEqual(44)
    }
    await page.locator('[data-testid="lang-switch"]').click()
    await expect.poll(() => page.locator('.leaflet-control-zoom-in').getAttribute('aria-label')).toBe('Zoom in')

    const origin = new URL(inject('baseUrl')).origin
    const elsewhere = requested.filter((url) => !url.startsWith(origin) && !TILE_URL_PATTERN.test(url) && !url.startsWith('data:'))
    expect(elsewhere).toEqual([])
    expect(requested.filter((url) => /marker-icon|marker-shadow|leaflet\.css/.test(url))).toEqual([])
  })

  it('credits what is drawn: the OpenStreetMap lines, not tiles, while tiles fail; the boundary sources on a tap', async () => {
    const { dataset } = builtData()
    const context = await browser.newContext()
    const page = await openMap(context)
    await expect.poll(() => map(page).getAttribute('data-basemap')).toBe('offline')
    const sources = page.locator('[data-testid="map"] .map-sources')
    expect(await sources.locator('[data-testid="tile-credit"]').isVisible()).toBe(false)
    expect(await sources.locator('[data-testid="offline-credit"]').innerText()).toBe('แม่น้ำ คลอง ทางรถไฟ © OpenStreetMap contributors (ODbL)')
    expect(await sources.locator('li').first().isVisible()).toBe(false)
    await sources.locator('summary').click()
    const lines = await sources.locator('li').allInnerTexts()
    for (const line of dataset.attribution) expect(lines).toContain(line)
  })

  it('is removed with the home screen and drawn afresh on return', async () => {
    const context = await browser.newContext()
    const page = await openMap(context)
    await page.locator('[data-testid="menu-button"]').click()
    await page.locator('[data-testid="menu-about"]').click()
    await page.locator('#main[data-screen="about"]').waitFor()
    expect(await page.locator('.leaflet-container').count()).toBe(0)
    await page.locator('[data-testid="menu-button"]').click()
    await page.locator('[data-testid="menu-home"]').click()
    await page.locator('[data-testid="map"][data-markers-painted]').waitFor()
    expect(await page.locator('.leaflet-container').count()).toBe(1)
  })
})
