import { appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { openApp } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'
import { servePrivateCopy, type ServedBuild } from './support/preview'
import type { Dataset, DatasetManifest } from '@common/place'
import { datasetHashInput } from '../../src/domain/datasetUpdate'
import { sha256Hex } from '../../geo/build/hash'

async function visitUntilControlled(context: BrowserContext, url: string): Promise<Page> {
  const page = await openApp(context, url)
  // What the person is told once the service worker holds the whole app.
  await page.locator('[data-testid="offline-copy"][data-state="saved"]').waitFor()
  // The first visit is not controlled yet; the next one is served by the service worker.
  await page.reload()
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
  await page.getByTestId('place-list-item').first().waitFor()
  return page
}

/** Waits until the footer shows this dataset version, however long a busy machine takes to download and store it. */
async function showsVersion(page: Page, version: string): Promise<void> {
  await page.getByTestId('dataset-summary').filter({ hasText: version }).waitFor()
}

const RENAMED = 'สถานที่ที่เปลี่ยนชื่อในฉบับใหม่'

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

  it('works offline after one visit: shell, basemap, markers, list, hotlines and sheet', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)

    await context.setOffline(true)
    await page.reload()
    await page.getByTestId('offline-indicator').waitFor()
    const map = page.getByTestId('map')
    await page.locator('[data-testid="map"][data-markers-painted]').waitFor()
    expect(Number(await map.getAttribute('data-markers-painted'))).toBeGreaterThan(100)
    expect(await map.getAttribute('data-basemap')).toBe('offline')
    expect((await map.getAttribute('data-kinds'))?.split(',')).toEqual(expect.arrayContaining(['oscc_hospital', 'police_station']))
    const items = page.getByTestId('place-list-item')
    await items.first().waitFor()
    expect(await items.count()).toBeGreaterThan(10)

    await items.first().click()
    await page.getByTestId('place-sheet').waitFor()
    await page.keyboard.press('Escape')
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
  })

  it('offers a new app version and never reloads by itself', async () => {
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))

    await appendFile(join(server.dir, 'sw.js'), '\n// a new release\n')
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await page.getByTestId('update-prompt').waitFor({ timeout: 30_000 })
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true)

    await page.getByTestId('update-now').click()
    await expect
      .poll(() => page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument ?? false), { timeout: 15_000 })
      .toBe(false)
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
