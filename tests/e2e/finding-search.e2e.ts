import { describe, expect, inject, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { LatLng, Place } from '@common/place'
import { PHONE } from './support/chromium'
import { builtDataset, builtDistrictCentres, haversineKm } from './support/builtData'
import { usePhoneBrowser } from './support/phoneBrowser'
import { waitForEveryPlacePainted } from './support/datasetSettled'

const HOTLINE_BAR_PX = 52
const items = (page: Page) => page.locator('[data-testid="place-list-item"]')
const placeIds = (page: Page) => items(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-place-id')))

/** Whether the element is on screen without scrolling: inside the phone's height, above the fixed hotline bar. */
async function aboveTheFold(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox()
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height - HOTLINE_BAR_PX
}

async function search(page: Page, query: string): Promise<void> {
  await page.locator('[data-testid="search-input"]').fill(query)
}

describe.runIf(inject('hasChromium'))('searching', () => {
  const browser = usePhoneBrowser()

  it('finds OSCC hospitals by "ศูนย์พึ่งได้" and "OSCC", the 1300 hotline by its number, and Siriraj with a typo', async () => {
    const dataset = builtDataset()
    const osccIds = dataset.places.filter((place) => place.kind === 'oscc_hospital').map((place) => place.id).sort()
    const siriraj = dataset.places.find((place) => place.name.en === 'Siriraj Hospital')
    expect(osccIds.length).toBeGreaterThan(0)
    expect(siriraj).toBeDefined()
    const page = await browser.openHome()

    for (const query of ['ศูนย์พึ่งได้', 'OSCC']) {
      await search(page, query)
      await expect.poll(async () => (await placeIds(page)).sort(), { timeout: 10_000 }).toEqual(osccIds)
    }

    await search(page, '1300')
    const hotline = page.locator('[data-testid="search-hotline-msdhs-1300"] a')
    await hotline.waitFor()
    expect(await hotline.getAttribute('href')).toBe('tel:1300')
    expect(await hotline.innerText()).toContain('ศูนย์ช่วยเหลือสังคม')
    expect(await aboveTheFold(hotline)).toBe(true)

    for (const query of ['ศิริราด', 'ศิรราช']) {
      await search(page, query)
      await expect.poll(() => placeIds(page), { timeout: 10_000 }).toEqual([siriraj!.id])
      expect(await items(page).first().locator('[data-testid="badge-similar-name"]').innerText()).toBe('ชื่อใกล้เคียง')
      expect(await page.locator('[data-testid="search-similar"]').isVisible()).toBe(true)
    }
  })

  it('with no match, says so next to the search box, above the fold, offers the hotlines and keeps the map', async () => {
    const page = await browser.openHome()
    const map = page.locator('[data-testid="map"]')
    const everyPlace = String(builtDataset().places.filter((place) => place.location !== null).length)
    await waitForEveryPlacePainted(page, Number(everyPlace))
    await search(page, 'ตำรวจ')
    await expect.poll(() => map.getAttribute('data-markers-painted'), { timeout: 10_000 }).not.toBe(everyPlace)
    const policeOnMap = await map.getAttribute('data-markers-painted')

    await search(page, 'ไม่มีที่นี่')
    const note = page.locator('[data-testid="search-no-match"]')
    await note.waitFor()
    expect(await note.innerText()).toContain('ไม่พบสถานที่ที่ตรงกับ “ไม่มีที่นี่”')
    expect(await aboveTheFold(note)).toBe(true)
    const calls = page.locator('[data-testid="search-hotline-call"]')
    expect(await calls.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['tel:1300', 'tel:191', 'tel:1669'])
    for (const call of await calls.all()) expect(await aboveTheFold(call)).toBe(true)
    expect(await items(page).count()).toBe(0)
    // The map repaints in an animation frame: give it two before checking it did not.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    expect(await map.getAttribute('data-markers-painted')).toBe(policeOnMap)
    await page.screenshot({ path: '/tmp/search-no-match.png' })
  })
})

/** A district whose centre has a hospital with an emergency room nearer than its nearest OSCC, by a clear margin. */
function districtWithNearerEmergencyRoom(places: readonly Place[], centres: Map<number, LatLng>) {
  const located = (test: (place: Place) => boolean) => places.filter((place) => place.location !== null && test(place))
  const byDistance = (from: LatLng, candidates: Place[]) =>
    candidates.map((place) => ({ place, km: haversineKm(from, place.location as LatLng) })).sort((a, b) => a.km - b.km)
  for (const [code, centre] of [...centres].sort(([a], [b]) => a - b)) {
    const [oscc] = byDistance(centre, located((place) => place.kind === 'oscc_hospital'))
    const [er] = byDistance(centre, located((place) => place.kind === 'hospital' && place.services.includes('emergency_care')))
    if (oscc && er && er.km + 2 < oscc.km) return { code, oscc: oscc.place, er: er.place }
  }
  throw new Error('no district has an emergency room clearly nearer than its nearest OSCC')
}

describe.runIf(inject('hasChromium'))('ranking for "ถูกทำร้าย"', () => {
  const browser = usePhoneBrowser()

  it('explains the order, lists the nearest OSCC first and a nearer emergency room right after it, and says who a place serves', async () => {
    const dataset = builtDataset()
    const { code, oscc, er } = districtWithNearerEmergencyRoom(dataset.places, builtDistrictCentres())
    const page = await browser.openHome()

    await page.locator('[data-testid="need-hurt"]').check()
    await page.locator('[data-testid="district-picker"]').selectOption(`district:${code}`)
    await page.locator('[data-testid="origin-summary"][data-origin="district"]').waitFor()
    await expect.poll(async () => (await placeIds(page)).slice(0, 2), { timeout: 15_000 }).toEqual([oscc.id, er.id])
    expect(await items(page).nth(1).locator('[data-testid="badge-nearer-emergency"]').innerText()).toBe('ใกล้กว่า · มีห้องฉุกเฉิน')
    const rule = page.locator('[data-testid="hurt-rule"]')
    expect(await rule.innerText()).toBe(
      'ศูนย์พึ่งได้ (OSCC): ตรวจร่างกาย เก็บหลักฐาน และช่วยเหลือหลังถูกทำร้าย — เรียงจากใกล้ที่สุด และแสดงโรงพยาบาลที่มีห้องฉุกเฉินซึ่งอยู่ใกล้กว่าไว้ด้วย',
    )

    const childrenOnly = dataset.places.filter((place) => place.servesOnly?.includes('children'))
    expect(childrenOnly.map((place) => place.id)).toEqual(['hospital-qsnich'])
    const institute = page.getByTestId('place-list').locator('[data-testid="place-list-item"][data-place-id="hospital-qsnich"]')
    expect(await institute.locator('[data-testid="badge-serves-only"]').innerText()).toBe('รับเฉพาะเด็ก')
    await rule.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/hurt-rule.png' })
  })
})
