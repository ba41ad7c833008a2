import { createHash } from 'node:crypto'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { WorkshopConfig } from '@common/workshop/api'
import { datasetHashInput } from '../../src/domain/datasetUpdate'
import { testDeskKey } from '../../src/components/report/reportTestKit'
import { openReport } from '../../src/safety/reportEncryption'
import { saveDeskKey } from '../../server/desk/deskStore'
import { builtDataset } from './support/builtData'
import { CHROMIUM_ARGS, CHROMIUM_PATH, newPhoneContext } from './support/chromium'
import { everythingStored, fillReport, MARKER, openHiddenForm } from './support/hiddenForm'
import { servePrivateCopy, type ServedBuild } from './support/preview'

// An attendee's phone in a workshop: the app on the trainer's laptop at a plain-http address that
// is not localhost, so the page is no secure context (no service worker, no crypto.subtle). The
// name workshop.test resolves to the loopback address, so traffic stays on this machine.
// Until the workshop server's own support file lands, the app's server serves a demo dataset and
// /api/config gains the `workshop` field through page routing.

const WORKSHOP_HOST = 'workshop.test'
const NEUTRAL_EXIT = 'https://www.tmd.go.th/'
const WORKSHOP: WorkshopConfig = { session: 'session-e2e-1', joinCode: 'K7Q2', publicInstallUrl: 'https://safespace.example/' }

/** The shipped dataset as a workshop's fictional practice data (`demo: true`), hashed as the build would. */
function demoDataset() {
  const built = builtDataset()
  const places = built.places.map((place) => ({ ...place, name: { th: `สถานที่สมมุติ ${place.id}`, en: `Fictional ${place.id}` } }))
  const demo = { ...built, version: `${built.version}-demo`, places, demo: true as const }
  return { ...demo, hash: createHash('sha256').update(datasetHashInput(demo)).digest('hex') }
}

const isLoopback = (hostname: string) => hostname === WORKSHOP_HOST || hostname === 'localhost' || /^127\./.test(hostname)

describe.runIf(inject('hasChromium'))('workshop mode on an attendee\'s phone (plain http, not a secure context)', () => {
  let server: ServedBuild
  let browser: Browser
  let context: BrowserContext
  let appUrl: string
  let workshop: WorkshopConfig
  /** Requests the page tried to send off this machine (every one is refused). */
  let outside: string[]

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${WORKSHOP_HOST} 127.0.0.1`] })
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    server = await servePrivateCopy(inject('distDir'), inject('databaseTemplate'))
    await server.publish(demoDataset())
    appUrl = `http://${WORKSHOP_HOST}:${new URL(server.url).port}/`
    workshop = WORKSHOP
    outside = []
    context = await newPhoneContext(browser)
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.href.startsWith(NEUTRAL_EXIT)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>weather</title>' })
      if (isLoopback(url.hostname)) return route.fallback()
      outside.push(url.href)
      return route.abort()
    })
    // The workshop server's /api/config: the app's own answer with the workshop added (asked at the
    // loopback address: this test process does not know the name workshop.test).
    await context.route('**/api/config', async (route) => {
      const answer = await route.fetch({ url: new URL('/api/config', server.url).href })
      const body = { ...((await answer.json()) as object), workshop }
      return route.fulfill({ response: answer, json: body })
    })
  })
  afterEach(async () => {
    await context?.close()
    await server?.close()
  })

  /** Opens the app as an attendee: the banner shows on the safety notice already, then on to the map. */
  async function join(): Promise<Page> {
    const page = await context.newPage()
    await page.goto(appUrl)
    await page.getByTestId('workshop-banner').waitFor({ timeout: 30_000 })
    await page.locator('[data-testid="workshop-join-code"]').waitFor()
    if ((await page.locator('#main').getAttribute('data-screen')) === 'safety') {
      await page.getByTestId('safety-notice-dismiss').click()
      await page.locator('#main[data-screen="home"]').waitFor()
    }
    return page
  }

  it('marks the practice everywhere, sends a hidden-form case the demo desk opens, asks nothing outside, and leaves no demo record', async () => {
    const desk = await testDeskKey(`desk-demo-${Date.now()}`)
    await saveDeskKey(server.db, { v: 1, id: desk.key.id, publicKeyJwk: desk.key.publicKeyJwk, createdAt: new Date().toISOString() })
    const page = await join()
    expect(await page.evaluate(() => ({ secure: isSecureContext, subtle: typeof crypto.subtle, serviceWorker: 'serviceWorker' in navigator }))).toEqual({
      secure: false,
      subtle: 'undefined',
      serviceWorker: false,
    })

    // The banner, Thai first, with the room's join code and the way out.
    const banner = page.getByTestId('workshop-banner')
    expect(await banner.innerText()).toMatch(/^โหมดฝึกซ้อม · ข้อมูลตัวอย่าง \/ Practice mode · demo data/)
    expect(await page.getByTestId('workshop-join-code').innerText()).toContain('K7Q2')

    // Every place in the list says DEMO; so does the map (each marker ringed, no tiles asked for) and the sheet.
    const items = page.getByTestId('place-list-item')
    await items.first().waitFor()
    await page.locator('[data-testid="place-list-item"] [data-testid="demo-tag"]').first().waitFor()
    const itemCount = await items.count()
    expect(itemCount).toBeGreaterThan(0)
    expect(await page.locator('[data-testid="place-list-item"] [data-testid="demo-tag"]').count()).toBe(itemCount)
    expect(await page.locator('[data-testid="place-list-item"] [data-testid="demo-tag"]').first().innerText()).toBe('ตัวอย่าง / DEMO')
    await page.locator('[data-testid="map"][data-demo="true"]').waitFor()
    expect(await page.getByTestId('map-demo').innerText()).toContain('ตัวอย่าง / DEMO')
    expect(await page.getByTestId('map').getAttribute('data-basemap')).toBe('offline')
    await items.first().locator('button.details').click()
    await page.locator('[data-testid="place-sheet"] [data-testid="demo-tag"]').waitFor()
    await page.getByTestId('place-sheet-close').click()

    // Real hotlines stay real, with the practice note.
    await page.getByTestId('hotlines-button').click()
    await page.locator('[data-testid="hotlines"] [data-testid="practice-call-note"]').first().waitFor()
    expect(await page.locator('[data-testid="hotlines"] a[href="tel:1300"]').innerText()).toContain('นี่คือการฝึกซ้อม — อย่าโทรตอนนี้')
    await page.getByTestId('hotlines-close').click()

    // The footer says plainly why this address cannot work offline, and where to install at home.
    await page.getByTestId('offline-copy-insecure').waitFor()
    expect(await page.getByTestId('offline-copy-install-at').innerText()).toContain('https://safespace.example/')

    // The hidden form seals without crypto.subtle; the server stores only an envelope the demo desk key opens.
    await page.evaluate(() => window.scrollTo(0, 0))
    await openHiddenForm(page)
    await page.getByTestId('report-form').waitFor()
    await fillReport(page)
    await page.getByTestId('report-submit').click()
    await page.locator('[data-testid="report-done"][data-state="sent"]').waitFor({ timeout: 60_000 })
    const rows = await server.db.selectFrom('reports').select(['envelope']).execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]!.envelope).not.toContain('MARKER')
    expect(await openReport(JSON.parse(rows[0]!.envelope), { privateKey: desk.privateKey, publicKeyJwk: desk.key.publicKeyJwk })).toMatchObject({ whatHappened: MARKER })

    // Nothing was ever asked of a host outside this machine.
    expect(outside).toEqual([])

    // The phone holds the practice data now; "leave practice mode" deletes it all and leaves like quick exit.
    expect(await everythingStored(page)).toContain('สถานที่สมมุติ')
    await page.getByTestId('workshop-leave').click()
    await page.waitForURL(NEUTRAL_EXIT, { timeout: 20_000 })
    const check = await context.newPage()
    await check.goto(`${appUrl}data/manifest.json`)
    const left = await check.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((database) => database.name),
      local: localStorage.length,
      session: sessionStorage.length,
    }))
    expect(left).toEqual({ databases: [], local: 0, session: 0 })
    expect(outside).toEqual([])
  })

  it('wipes the phone and starts again when the trainer resets the workshop (a new session)', async () => {
    const page = await join()
    expect(await everythingStored(page)).toContain('สถานที่สมมุติ')
    expect(await page.evaluate(() => localStorage.getItem('safe-space-map-workshop-session'))).toBe('session-e2e-1')

    // Reset on the laptop: the next check (at most 30 s later, or on opening again) wipes and reloads.
    workshop = { ...WORKSHOP, session: 'session-e2e-2' }
    await page.reload()
    await expect.poll(() => page.evaluate(() => localStorage.getItem('safe-space-map-workshop-session')), { timeout: 45_000 }).toBe('session-e2e-2')
    // Started again from the beginning: the first-run safety notice shows once more.
    await page.locator('#main[data-screen="safety"]').waitFor()
    expect(outside).toEqual([])
  })
})
