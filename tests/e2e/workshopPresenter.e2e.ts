import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Dataset, DatasetManifest } from '@common/place'
import { CHROMIUM_ARGS, CHROMIUM_PATH, gotoApp, newPhoneContext, TILE_URL_PATTERN } from './support/chromium'
import { openHiddenForm, sendReport } from './support/hiddenForm'
import { readPdf } from './support/pdfContents'
import { startWorkshopServer, type WorkshopServer } from './support/workshopServer'

// The workshop's presenter page (/workshop) on a workshop server at 127.0.0.2, standing in for the
// trainer's laptop on the room's Wi-Fi. Attendees' phones open it by a name (workshop.test) over
// plain http: not a secure context, as a phone on http://192.168.x.x is not.

const INSTALL_URL = 'https://map.example.org/'
const ATTENDEE_HOST = 'workshop.test'
const MARKER = 'MARKER-workshop-5e1a ฝึกส่งเรื่องในห้องอบรม'

/** The text a QR code element shows, read from a screenshot as a phone's camera would. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const image = PNG.sync.read(await page.locator(selector).screenshot())
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data
}

async function publishedDataset(baseUrl: string): Promise<Dataset> {
  const manifest = (await (await fetch(new URL('data/manifest.json', baseUrl))).json()) as DatasetManifest
  return (await (await fetch(new URL(`data/${manifest.file}`, baseUrl))).json()) as Dataset
}

describe.runIf(inject('hasChromium'))('workshop presenter page', () => {
  let workshop: WorkshopServer
  let browser: Browser
  let contexts: BrowserContext[] = []

  beforeAll(async () => {
    workshop = await startWorkshopServer({ distDir: inject('distDir'), template: inject('databaseTemplate'), publicInstallUrl: INSTALL_URL })
    // The attendee's name for the laptop resolves to it; nothing else is resolved differently.
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${ATTENDEE_HOST} 127.0.0.2`] })
  })
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()))
    contexts = []
  })
  afterAll(async () => {
    await browser?.close()
    await workshop?.close()
  })

  /** The presenter page on the laptop's projector, signed in from the link the CLI printed. */
  async function openPresenter(link = workshop.presenterUrl): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'th-TH', serviceWorkers: 'block' })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(link)
    await page.locator('[data-presenter-status]:not([data-presenter-status="checking"])').waitFor()
    return page
  }

  async function openAttendeePhone(): Promise<{ page: Page; requested: URL[] }> {
    const context = await newPhoneContext(browser)
    contexts.push(context)
    const page = await context.newPage()
    const requested: URL[] = []
    page.on('request', (request) => void requested.push(new URL(request.url())))
    const port = new URL(workshop.url).port
    await gotoApp(page, `http://${ATTENDEE_HOST}:${port}/`)
    return { page, requested }
  }

  it('signs in from the printed link, takes the key out of the address bar, and its QR codes decode to the served address and the install address', async () => {
    const page = await openPresenter()
    await page.getByTestId('presenter-address').first().waitFor()
    expect(page.url()).not.toContain(workshop.presenterKey)

    const served = workshop.addresses[0]?.url
    expect(served).toBe(workshop.url)
    expect(new URL(served ?? '').hostname).toBe('127.0.0.2')
    expect(await decodeQr(page, '[data-testid="presenter-address"] [data-testid="qr-code"]')).toBe(served)
    expect(await page.getByTestId('presenter-join-code').innerText()).toContain(workshop.config().joinCode)
    expect(await decodeQr(page, '[data-testid="presenter-install"] [data-testid="qr-code"]')).toBe(INSTALL_URL)
    expect(await page.getByTestId('presenter-account-volunteer').innerText()).toContain(workshop.volunteer.username)
  })

  it('with a wrong key, says to copy the link from the laptop’s terminal, in Thai and English', async () => {
    const page = await openPresenter(new URL(`/workshop#key=${'x'.repeat(43)}`, workshop.url).href)
    const problem = await page.getByTestId('staff-problem').innerText()
    expect(problem).toContain('Terminal')
    expect(problem).toContain('Copy the presenter link')
    expect(await page.getByTestId('presenter-join').count()).toBe(0)
  })

  it('shows a report sent over plain http from an attendee’s phone, decrypted, with the count (never in the title); reset clears it', async () => {
    const presenter = await openPresenter()
    const title = await presenter.title()
    await expect.poll(() => presenter.getByTestId('presenter-report-count').getAttribute('data-count')).toBe('0')

    const attendee = await openAttendeePhone()
    expect(await attendee.page.evaluate(() => ({ secure: window.isSecureContext, subtle: typeof globalThis.crypto.subtle }))).toEqual({ secure: false, subtle: 'undefined' })
    await openHiddenForm(attendee.page)
    await sendReport(attendee.page, MARKER)
    // Nothing went anywhere but the laptop (map tiles are stubbed before they leave the browser).
    const elsewhere = attendee.requested.filter((url) => url.hostname !== ATTENDEE_HOST && !TILE_URL_PATTERN.test(url.href))
    expect(elsewhere.map(String)).toEqual([])
    // The resident app loads none of the presenter page's or the staff page's code.
    expect(attendee.requested.filter((url) => /^\/(?:workshop|staff)\b/.test(url.pathname)).map(String)).toEqual([])

    await presenter.getByTestId('desk-report-whatHappened').filter({ hasText: MARKER }).waitFor({ timeout: 30_000 })
    expect(await presenter.getByTestId('presenter-report-count').getAttribute('data-count')).toBe('1')
    expect(await presenter.getByTestId('presenter-report-count').innerText()).toContain('1')
    expect(await presenter.getByTestId('desk-report-violence').innerText()).toContain('ทำร้ายร่างกาย')
    expect(await presenter.title()).toBe(title)

    await presenter.getByTestId('presenter-reset-start').click()
    await presenter.getByTestId('presenter-reset-confirm').click()
    await expect.poll(() => presenter.getByTestId('presenter-report-count').getAttribute('data-count')).toBe('0')
    expect(await presenter.getByTestId('presenter-report').count()).toBe(0)
    // Another look at the server after reset: still nothing (the page did not just forget what it showed).
    await presenter.reload()
    await expect.poll(() => presenter.getByTestId('presenter-report-count').getAttribute('data-count')).toBe('0')
  })

  it('prints the one-page Thai handout to PDF with the QR codes, the published hotlines, and no way to open the hidden form', async () => {
    const page = await openPresenter()
    await page.getByTestId('handout-hotlines').waitFor({ state: 'attached' })
    const pdf = await readPdf(await page.pdf({ format: 'A4' }))

    expect(pdf.pageCount).toBe(1)
    expect(pdf.qrCodes).toEqual([workshop.url, INSTALL_URL])
    const text = pdf.text.replace(/\s+/g, '')
    const { hotlines } = await publishedDataset(workshop.url)
    expect(hotlines.length).toBeGreaterThan(0)
    for (const hotline of hotlines) expect(text).toContain(hotline.kind === 'phone' ? hotline.number : hotline.account)
    expect(text).toContain(workshop.url)
    expect(text).toContain('สอบถามวิทยากร')
    expect(text).not.toMatch(/โลโก้|logo|ห้าครั้ง|5ครั้ง/i)
  })

  it('is never precached by the resident app’s service worker', async () => {
    const serviceWorker = await (await fetch(new URL('sw.js', workshop.url))).text()
    expect(serviceWorker).toMatch(/url:"index\.html"/)
    expect(serviceWorker).not.toMatch(/url:"(?:workshop|staff)[./]/)
  })
})
