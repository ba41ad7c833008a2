import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Dataset, LatLng } from '@common/place'
import { openApp } from './support/chromium'
import { builtDataset, builtDistrictCentres, haversineKm, nearest } from './support/builtData'
import { usePhoneBrowser } from './support/phoneBrowser'

// Expectations come from the built data with a plain haversine scan, independent of the app's kdbush ranking.
function builtData(): { dataset: Dataset; dusitCentre: LatLng } {
  const dusitCentre = builtDistrictCentres().get(1002)
  if (!dusitCentre) throw new Error('basemap.json has no Dusit (1002)')
  return { dataset: builtDataset(), dusitCentre }
}

/** "1.2 กม." → 1.2, "ประมาณ 850 ม." → 0.85 */
function shownKm(text: string): number {
  const match = /([\d.]+)\s*(กม\.|ม\.)/.exec(text)
  if (!match) throw new Error(`no distance in "${text}"`)
  return Number(match[1]) / (match[2] === 'ม.' ? 1000 : 1)
}

// The full list (the nearest-help strip above it repeats its first places).
const items = (page: Page) => page.locator('[data-testid="place-list"] [data-testid="place-list-item"]')

describe.runIf(inject('hasChromium'))('finding help', () => {
  const browser = usePhoneBrowser()

  it('in Dusit, "ถูกทำร้าย" lists the nearest OSCC hospital first, with a one-tap tel: call', async () => {
    const { dataset, dusitCentre } = builtData()
    const expected = nearest(dataset.places.filter((place) => place.kind === 'oscc_hospital'), dusitCentre)
    const page = await browser.openHome()

    await page.locator('[data-testid="need-hurt"]').check()
    await page.locator('[data-testid="district-picker"]').selectOption({ label: 'ดุสิต · Dusit' })
    await page.locator('[data-testid="origin-summary"]', { hasText: 'ดุสิต' }).waitFor()
    await expect.poll(() => items(page).first().getAttribute('data-place-id'), { timeout: 15_000 }).toBe(expected.id)
    const first = items(page).first()
    expect(await first.getAttribute('data-kind')).toBe('oscc_hospital')
    expect(await first.locator('[data-testid="distance"]').innerText()).toMatch(/กม\.|ม\./)

    const call = first.locator('[data-testid="call-button"]')
    expect(await call.evaluate((element) => element.tagName)).toBe('A')
    expect(await call.getAttribute('href')).toMatch(/^tel:(\+66\d{8,9}|\d{3,5})$/)
    const box = await call.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    expect(box!.width).toBeGreaterThanOrEqual(44)
  })

  it('finds a place typed with other tone marks and spacing', async () => {
    const { dataset } = builtData()
    const target = dataset.places.find((place) => place.kind.includes('hospital') && /[\u0E48-\u0E4B]/.test(place.name.th))
    if (!target) throw new Error('the dataset has no hospital whose name carries a tone mark')
    // Swap each tone mark for another one and split the name in the middle, as a hurried person might type it.
    const swapped = target.name.th.replace(/[\u0E48-\u0E4B]/g, (mark) => (mark === '\u0E48' ? '\u0E49' : '\u0E48'))
    const query = `${swapped.slice(0, 6)} ${swapped.slice(6)}`
    expect(query).not.toBe(target.name.th)

    const page = await browser.openHome()
    await page.locator('[data-testid="search-input"]').fill(query)
    await page.locator(`[data-testid="place-list-item"][data-place-id="${target.id}"]`).waitFor()
    expect(await page.locator('[data-testid="result-count"]').innerText()).toMatch(/พบ \d+ แห่ง/)
  })

  it('"near me" asks for the position only on tap, then orders the list by distance', async () => {
    const { dataset, dusitCentre } = builtData()
    const context = await browser.newContext()
    await context.grantPermissions(['geolocation'])
    await context.setGeolocation({ latitude: dusitCentre.lat, longitude: dusitCentre.lng, accuracy: 50 })
    await context.addInitScript(() => {
      const geolocation = navigator.geolocation
      const original = geolocation.getCurrentPosition.bind(geolocation)
      const calls = { count: 0 }
      geolocation.getCurrentPosition = (...args) => {
        calls.count += 1
        original(...args)
      }
      Object.assign(window, { geolocationCalls: calls })
    })
    const page = await openApp(context, inject('baseUrl'))
    await items(page).first().waitFor()
    const callCount = () => page.evaluate(() => (window as unknown as { geolocationCalls: { count: number } }).geolocationCalls.count)
    expect(await callCount()).toBe(0)

    await page.locator('[data-testid="near-me"]').click()
    await page.locator('[data-testid="origin-summary"][data-origin="position"]').waitFor()
    expect(await callCount()).toBe(1)
    await expect.poll(() => items(page).first().getAttribute('data-place-id'), { timeout: 15_000 }).toBe(nearest(dataset.places, dusitCentre).id)
    // Ordered by the distance to each pin; the words may round an approximate pin's distance up to its uncertainty.
    expect((await items(page).locator('[data-testid="distance"]').allInnerTexts()).map(shownKm).length).toBeGreaterThan(5)
    const ids = await items(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-place-id')))
    const located = new Map(dataset.places.map((place) => [place.id, place.location]))
    const distances = ids.flatMap((id) => (located.get(id ?? '') ? [haversineKm(dusitCentre, located.get(id ?? '') as LatLng)] : []))
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
  })

  it('with location refused, explains and offers choosing a district or community', async () => {
    const context = await browser.newContext()
    await context.clearPermissions()
    const page = await openApp(context, inject('baseUrl'))
    await page.locator('[data-testid="near-me"]').click()
    const problem = page.locator('[data-testid="near-me-problem"]')
    await problem.waitFor()
    expect(await problem.getAttribute('role')).toBe('alert')
    expect(await problem.innerText()).toContain('เลือกเขตหรือชุมชน')
    expect(await page.locator('[data-testid="origin-summary"]').getAttribute('data-origin')).toBe('none')
  })
})
