import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { EcPublicJwk, ReportEnvelope } from '@common/report/wire'
import type { WorkshopPresenterView, WorkshopReportsView } from '@common/workshop/api'
import { openReport, type DeskKeyPair } from '../../src/safety/reportEncryption'
import { CHROMIUM_ARGS, CHROMIUM_PATH, newPhoneContext } from './support/chromium'
import { everythingStored, fillReport, MARKER, openHiddenForm } from './support/hiddenForm'
import { startWorkshopServer, type WorkshopServer } from './support/workshopServer'

// An attendee's phone in a workshop: the workshop server (npm run workshop) on a loopback address
// that stands in for the laptop's LAN address, opened by a name (workshop.test) so the page is no
// secure context (no service worker, no crypto.subtle), as on http://192.168.x.x; traffic stays on
// this machine.

const WORKSHOP_HOST = 'workshop.test'
const INSTALL_URL = 'https://safespace.example/'

/** The trainer's side, as the presenter page uses it: sign in with the printed key, then read. */
async function presenter(server: WorkshopServer) {
  const origin = new URL(server.url).origin
  const signIn = await fetch(new URL('/api/workshop/presenter/session', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ key: server.presenterKey }),
  })
  expect(signIn.status).toBe(204)
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!
  const read = async <T,>(path: string): Promise<T> => (await (await fetch(new URL(path, server.url), { headers: { cookie, origin } })).json()) as T
  return {
    /** The demo desk's key pair, as the presenter page decrypts demo cases with it. */
    async deskKey(): Promise<DeskKeyPair> {
      const { demoDesk } = await read<WorkshopPresenterView>('/api/workshop/presenter')
      const { kty, crv, x, y } = demoDesk.privateKeyJwk
      const privateKey = await crypto.subtle.importKey('jwk', { ...demoDesk.privateKeyJwk }, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits'])
      return { privateKey, publicKeyJwk: { kty, crv, x, y } as EcPublicJwk }
    },
    async envelopes(): Promise<ReportEnvelope[]> {
      return (await read<WorkshopReportsView>('/api/workshop/reports')).reports.map((report) => report.envelope)
    },
    async reset(): Promise<void> {
      const answer = await fetch(new URL('/api/workshop/reset', server.url), { method: 'POST', headers: { cookie, origin } })
      expect(answer.ok).toBe(true)
    },
  }
}

const isLoopback = (hostname: string) => hostname === WORKSHOP_HOST || hostname === 'localhost' || /^127\./.test(hostname)

describe.runIf(inject('hasChromium'))('workshop mode on an attendee\'s phone (plain http, not a secure context)', () => {
  let server: WorkshopServer
  let browser: Browser
  let context: BrowserContext
  let appUrl: string
  /** Requests the page tried to send off this machine (every one is refused). */
  let outside: string[]

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${WORKSHOP_HOST} 127.0.0.2`] })
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    server = await startWorkshopServer({ distDir: inject('distDir'), template: inject('databaseTemplate'), publicInstallUrl: INSTALL_URL })
    appUrl = `http://${WORKSHOP_HOST}:${new URL(server.url).port}/`
    outside = []
    context = await newPhoneContext(browser)
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (isLoopback(url.hostname)) return route.fallback()
      outside.push(url.href)
      return route.abort()
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
    const trainer = await presenter(server)
    const page = await join()
    expect(await page.evaluate(() => ({ secure: isSecureContext, subtle: typeof crypto.subtle, serviceWorker: 'serviceWorker' in navigator }))).toEqual({
      secure: false,
      subtle: 'undefined',
      serviceWorker: false,
    })

    // The banner, Thai first, with the room's join code and the way out.
    const banner = page.getByTestId('workshop-banner')
    expect(await banner.innerText()).toMatch(/^โหมดฝึกซ้อม · ข้อมูลตัวอย่าง \/ Practice mode · demo data/)
    expect(await page.getByTestId('workshop-join-code').innerText()).toContain(server.config().joinCode)

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
    expect(await page.getByTestId('offline-copy-install-at').innerText()).toContain(INSTALL_URL)

    // The hidden form seals without crypto.subtle; the server stores only an envelope the demo desk key opens.
    await page.evaluate(() => window.scrollTo(0, 0))
    await openHiddenForm(page)
    await page.getByTestId('report-form').waitFor()
    await fillReport(page)
    await page.getByTestId('report-submit').click()
    await page.locator('[data-testid="report-done"][data-state="sent"]').waitFor({ timeout: 60_000 })
    const envelopes = await trainer.envelopes()
    expect(envelopes).toHaveLength(1)
    expect(JSON.stringify(envelopes[0])).not.toContain('MARKER')
    expect(await openReport(envelopes[0]!, await trainer.deskKey())).toMatchObject({ whatHappened: MARKER })

    // Nothing was ever asked of a host outside this machine.
    expect(outside).toEqual([])

    // The phone holds the practice data now; "leave practice mode" deletes it all and leaves like quick exit.
    expect(await everythingStored(page)).toContain('สมมติ')
    await page.getByTestId('workshop-leave').click()
    // To the laptop's own neutral page: the room may have no internet.
    await page.waitForURL(`${appUrl}weather`, { timeout: 20_000 })
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
    expect(await everythingStored(page)).toContain('สมมติ')
    const joined = server.config().session
    expect(await page.evaluate(() => localStorage.getItem('safe-space-map-workshop-session'))).toBe(joined)

    // Reset on the laptop: the next check (at most 30 s later, or on opening again) wipes and reloads.
    await (await presenter(server)).reset()
    expect(server.config().session).not.toBe(joined)
    await page.reload()
    await expect.poll(() => page.evaluate(() => localStorage.getItem('safe-space-map-workshop-session')), { timeout: 45_000 }).toBe(server.config().session)
    // Started again from the beginning: the first-run safety notice shows once more.
    await page.locator('#main[data-screen="safety"]').waitFor()
    expect(outside).toEqual([])
  })
})
