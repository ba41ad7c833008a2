import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { Dataset, LatLng, Place, PlaceKind } from '@common/place'
import { usePhoneBrowser } from './support/phoneBrowser'

function builtData(): { dataset: Dataset; dusitCentre: LatLng } {
  const dir = join(inject('distDir'), 'data')
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string }
  const dataset = JSON.parse(readFileSync(join(dir, manifest.file), 'utf8')) as Dataset
  const basemap = JSON.parse(readFileSync(join(dir, 'basemap.json'), 'utf8')) as {
    features: { properties: { code?: number; label?: [number, number] } }[]
  }
  const label = basemap.features.find((feature) => feature.properties.code === 1002)?.properties.label
  if (!label) throw new Error('basemap.json has no Dusit (1002)')
  return { dataset, dusitCentre: { lat: label[1], lng: label[0] } }
}

function haversineM(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h))
}

// Latin-script words a Thai screen may show besides the place's own English name: service names Thai readers
// meet as such, and the name of the web map the sheet links to.
const NAMES_IN_THAI = new Set(['OSCC', 'LINE', 'OpenStreetMap'])

function englishWordsOutsideNames(text: string, place: Place): string[] {
  const withoutName = place.name.en ? text.split(place.name.en).join(' ') : text
  return (withoutName.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !NAMES_IN_THAI.has(word))
}

/** Finds the place by its Thai name and opens its sheet. */
async function openPlace(page: Page, place: Place): Promise<{ item: Locator; sheet: Locator }> {
  await page.locator('[data-testid="search-input"]').fill(place.name.th)
  const item = page.getByTestId('place-list').locator(`[data-testid="place-list-item"][data-place-id="${place.id}"]`)
  await item.locator('button').first().click()
  const sheet = page.locator('[data-testid="place-sheet"]')
  await sheet.waitFor()
  return { item, sheet }
}

describe.runIf(inject('hasChromium'))('what a place says, in Thai', () => {
  const browser = usePhoneBrowser()

  it('a place sheet in Thai has no English word outside the place names, for every kind of place', async () => {
    const { dataset } = builtData()
    const kinds = [...new Set(dataset.places.map((place) => place.kind))] as PlaceKind[]
    const page = await browser.openHome()
    for (const kind of kinds) {
      const place = dataset.places.find((candidate) => candidate.kind === kind)!
      const { sheet } = await openPlace(page, place)
      const text = await sheet.innerText()
      expect(englishWordsOutsideNames(text, place), `${place.id}: ${text}`).toEqual([])
      // It still says where its details come from and that nobody has checked them yet.
      expect(await sheet.locator('[data-testid="place-origin"]').innerText()).toContain('ยังไม่มีผู้ตรวจสอบ')
      await page.locator('[data-testid="place-sheet-close"]').click()
      await sheet.waitFor({ state: 'detached' })
    }
  })

  it('a place whose pin may be farther off than it is near says "ภายในราว" its uncertainty, in the list and the sheet', async () => {
    const { dataset, dusitCentre } = builtData()
    // Approximate places whose pin is closer to Dusit's centre than the pin's own uncertainty.
    const within = dataset.places.filter(
      (place) => place.visibility === 'approximate' && place.location && haversineM(dusitCentre, place.location) < (place.location.uncertaintyM ?? 0),
    )
    const place = within.find((candidate) => (candidate.location?.uncertaintyM ?? 0) >= 1000) ?? within[0]
    if (!place?.location?.uncertaintyM) throw new Error('no approximate place near the centre of Dusit')
    const page = await browser.openHome()
    await page.locator('[data-testid="district-picker"]').selectOption({ label: 'ดุสิต · Dusit' })
    await page.locator('[data-testid="origin-summary"]', { hasText: 'ดุสิต' }).waitFor()

    const { item, sheet } = await openPlace(page, place)
    for (const shown of [await item.locator('[data-testid="distance"]').innerText(), await sheet.locator('[data-testid="place-distance"]').innerText()]) {
      const match = /^ภายในราว ([\d.]+) (กม\.|ม\.)$/.exec(shown.trim())
      expect(match, `"${shown}" for ${place.id} (uncertainty ${place.location.uncertaintyM} m)`).not.toBeNull()
      const metres = Number(match![1]) * (match![2] === 'กม.' ? 1000 : 1)
      // Never nearer than the pin's own uncertainty allows.
      expect(metres).toBeGreaterThanOrEqual(place.location.uncertaintyM)
    }
  })
})
