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
  await page.evaluate(() => navigator.serviceWorker.ready)
  // The first visit is not controlled yet; the next one is served by the service worker.
  await page.reload()
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
  await page.getByTestId('place-list-item').first().waitFor()
  return page
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
    await expect.poll(() => page.getByTestId('offline-indicator').isVisible()).toBe(true)
    const map = page.getByTestId('map')
    await expect.poll(() => map.getAttribute('data-markers-painted').then(Number)).toBeGreaterThan(100)
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
    const before = await page.getByTestId('dataset-summary').innerText()

    const version = await publishNewDataset(server)
    expect(before).not.toContain(version)
    await page.reload()
    // Download, hash check and storing come after the first screen: allow for a busy machine.
    await expect.poll(() => page.getByTestId('dataset-summary').innerText(), { timeout: 20_000 }).toContain(version)
    await expect.poll(() => page.getByTestId('place-list').innerText()).toContain(RENAMED)
    // Stored in IndexedDB: offline, the new version is still what the app shows.
    await context.setOffline(true)
    await page.reload()
    await expect.poll(() => page.getByTestId('dataset-summary').innerText()).toContain(version)
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
