import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { openApp } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'
import { visitUntilControlled } from './support/serviceWorker'
import { servePrivateCopy, type ServedBuild } from './support/preview'
import type { Dataset, DatasetManifest, Place } from '@common/place'
import { datasetHashInput } from '../../src/domain/datasetUpdate'
import { sha256Hex } from '../../geo/build/hash'
import { DATASET_SETTLED } from './support/datasetSettled'

// The dataset split by province (#14): a first visit fetches the parts, never the whole file, and a
// later visit fetches only the part that changed.

const RENAMED = 'โรงพยาบาลที่เปลี่ยนชื่อในฉบับแยกจังหวัด'

const manifestOf = async (server: ServedBuild) => (await (await fetch(`${server.url}data/manifest.json`)).json()) as DatasetManifest

/** Publishes a new version with a Bangkok OSCC hospital (listed first) renamed: only Bangkok's part changes. */
async function publishBangkokChange(server: ServedBuild): Promise<string> {
  const manifest = await manifestOf(server)
  const dataset = (await (await fetch(`${server.url}data/${manifest.file}`)).json()) as Dataset
  const renamed = dataset.places.find((place) => place.kind === 'oscc_hospital' && Math.floor(place.districtCode / 100) === 10)!
  const changed: Dataset = { ...dataset, places: dataset.places.map((place) => (place === renamed ? { ...place, name: { ...place.name, th: RENAMED } } : place)) }
  const hash = sha256Hex(datasetHashInput(changed))
  const version = `2099.01.01-${hash.slice(0, 8)}`
  await server.publish({ ...changed, version, hash })
  return version
}

/** Publishes a new version with only a few of Bangkok's places, so Samut Prakan holds most: a stand-in for a national dataset. */
async function publishFewBangkokPlaces(server: ServedBuild, keep: number): Promise<Dataset> {
  const manifest = await manifestOf(server)
  const dataset = (await (await fetch(`${server.url}data/${manifest.file}`)).json()) as Dataset
  const inBangkok = (place: Place) => Math.floor(place.districtCode / 100) === 10
  const kept = new Set(dataset.places.filter(inBangkok).slice(0, keep))
  const fewer = { ...dataset, places: dataset.places.filter((place) => !inBangkok(place) || kept.has(place)) }
  const hash = sha256Hex(datasetHashInput(fewer))
  const published: Dataset = { ...fewer, version: `2099.01.02-${hash.slice(0, 8)}`, hash }
  await server.publish(published)
  return published
}

/**
 * Records, in each page of the context, every count of markers the map paints, in order: a repaint
 * of the same count once, and no empty paint (the map may paint before any place is read).
 */
async function recordMarkerPaints(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const paints: string[] = []
    Object.assign(window, { markerPaints: paints })
    new MutationObserver((changes) => {
      for (const change of changes) {
        const count = (change.target as HTMLElement).dataset.markersPainted ?? ''
        if (count !== '0' && paints.at(-1) !== count) paints.push(count)
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-markers-painted'] })
  })
}
const markerPaints = (page: Page) => page.evaluate(() => (window as unknown as { markerPaints: string[] }).markerPaints)

/** Every dataset file (whole, part or common) the page or its service worker asks the network for, in order. */
async function recordDatasetFiles(context: BrowserContext): Promise<string[]> {
  const files: string[] = []
  await context.route('**/data/dataset.*.json', (route) => {
    files.push(new URL(route.request().url()).pathname.split('/').pop()!)
    return route.continue()
  })
  return files
}

const readyWith = async (page: Page, version: string) => {
  await page.getByTestId('dataset-summary').filter({ hasText: version }).waitFor(DATASET_SETTLED)
  await page.locator('[data-testid="dataset-status"][data-phase="ready"]').waitFor(DATASET_SETTLED)
}

describe.runIf(inject('hasChromium'))('the dataset split by province', () => {
  let server: ServedBuild
  beforeEach(async () => {
    server = await servePrivateCopy(inject('distDir'), inject('databaseTemplate'))
  })
  afterEach(async () => {
    await server?.close()
  })
  const browser = usePhoneBrowser()

  it('a first visit fetches the common file and Bangkok’s part first, then Samut Prakan’s, never the whole file', async () => {
    const manifest = await manifestOf(server)
    expect(manifest.parts!.map((part) => part.province)).toEqual([10, 11])
    const context = await browser.newContext({ serviceWorkers: true })
    const files = await recordDatasetFiles(context)
    const page = await openApp(context, server.url)
    await readyWith(page, manifest.version)
    expect(Number(await page.getByTestId('map').getAttribute('data-markers-painted'))).toBeGreaterThan(100)
    expect(files).toEqual([manifest.common!.file, manifest.parts![0]!.file, manifest.parts![1]!.file])
  })

  it('a later visit fetches only the part that changed, and shows the new version offline too', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)
    const before = await manifestOf(server)
    await readyWith(page, before.version)

    const version = await publishBangkokChange(server)
    const after = await manifestOf(server)
    expect(after.parts![1]).toEqual(before.parts![1])
    const files = await recordDatasetFiles(context)
    await page.reload()
    await readyWith(page, version)
    await page.getByTestId('place-list').getByText(RENAMED).first().waitFor()
    expect(files).toEqual([after.parts![0]!.file])

    await context.setOffline(true)
    await page.reload()
    await readyWith(page, version)
    await page.getByTestId('place-list').getByText(RENAMED).first().waitFor()
  })

  it('says which area is not downloaded yet when a part cannot be fetched, and shows the rest', async () => {
    const manifest = await manifestOf(server)
    const context = await browser.newContext({ serviceWorkers: true })
    await context.route(`**/data/${manifest.parts![1]!.file}`, (route) => route.abort('internetdisconnected'))
    const page = await openApp(context, server.url)
    await expect.poll(() => page.getByTestId('dataset-notice').innerText(), DATASET_SETTLED).toContain('สมุทรปราการ')
    expect(await page.getByTestId('dataset-notice').innerText()).toContain('ยังไม่ได้ดาวน์โหลดข้อมูลบางพื้นที่')
    expect(Number(await page.getByTestId('map').getAttribute('data-markers-painted'))).toBeGreaterThan(50)
  })

  it('a warm start, offline, draws the start view’s province first when it holds few of the places, then every place', async () => {
    const dataset = await publishFewBangkokPlaces(server, 5)
    const located = (places: Place[]) => places.filter((place) => place.location !== null).length
    const bangkok = located(dataset.places.filter((place) => Math.floor(place.districtCode / 100) === 10))
    expect(bangkok * 2).toBeLessThan(located(dataset.places))
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)
    await readyWith(page, dataset.version)

    await recordMarkerPaints(context)
    await context.setOffline(true)
    await page.reload()
    await readyWith(page, dataset.version)
    await expect.poll(() => markerPaints(page), DATASET_SETTLED).toEqual([
      String(bangkok),
      String(located(dataset.places)),
    ])
  })
})
