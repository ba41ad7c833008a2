import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page, Route } from 'playwright-core'
import { openApp } from './support/chromium'
import { everythingStored, fillReport, MARKER, openHiddenForm, outbox } from './support/hiddenForm'
import { usePhoneBrowser } from './support/phoneBrowser'
import { testDeskKey } from '../../src/components/report/reportTestKit'
import type { ReportSubmission } from '../../common/desk/api'
import { acknowledgement } from '../../common/report/wire'
import { openReport } from '../../src/safety/reportEncryption'

/** Where the app reads the deployment's settings: the server's /api/config, or config.json on a static host. */
const DEPLOYMENT_CONFIG = /\/(?:api\/config|config\.json)$/

/**
 * The help-form endpoint stub: refuses (503, then a dropped connection) until `up`, then records
 * each delivery and acknowledges it as the report server does (common/report/wire.ts).
 */
function reportServer(context: BrowserContext) {
  const server = { up: false, refusedKeys: [] as string[], delivered: [] as { key: string; contentType: string; body: ReportSubmission }[] }
  const ready = context.route('**/api/reports', async (route) => {
    const request = route.request()
    const key = request.headers()['idempotency-key'] ?? ''
    if (!server.up) {
      server.refusedKeys.push(key)
      return server.refusedKeys.length === 1 ? route.fulfill({ status: 503, body: '' }) : route.abort('internetdisconnected')
    }
    server.delivered.push({ key, contentType: request.headers()['content-type'] ?? '', body: request.postDataJSON() as ReportSubmission })
    return route.fulfill({ status: 201, json: acknowledgement(key) })
  })
  return { server, ready }
}

describe.runIf(inject('hasChromium'))('private help form', () => {
  const browser = usePhoneBrowser()

  it('opens with five logo taps without a URL change or a history entry; with no endpoint it says it cannot send', async () => {
    const page = await browser.openHome()
    const url = page.url()
    const historyLength = await page.evaluate(() => history.length)

    await openHiddenForm(page)

    expect(page.url()).toBe(url)
    expect(await page.evaluate(() => history.length)).toBe(historyLength)
    const notice = page.getByTestId('report-unavailable')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('ส่งจากเว็บไซต์นี้ไม่ได้')
    expect(await notice.locator('a[href="tel:1300"]').count()).toBe(1)
    expect(await page.getByTestId('report-form').count()).toBe(0)
    expect(await outbox(page)).toEqual([])
  })

  it('keeps a report sent while the network fails, across a reload, and delivers it exactly once, leaving no trace', async () => {
    const desk = await testDeskKey('desk-e2e')
    const context = await browser.newContext()
    // A deployment with a case desk: the server's /api/config (and its config.json) name the endpoint and key.
    const deployment = { reportEndpoint: '/api/reports', caseDeskKeys: [desk.key] }
    await context.route(DEPLOYMENT_CONFIG, (route) => route.fulfill({ json: deployment }))
    const { server, ready } = reportServer(context)
    await ready
    const page = await openApp(context, inject('baseUrl'))
    const historyLength = await page.evaluate(() => history.length)

    await openHiddenForm(page)
    await page.getByTestId('report-form').waitFor()
    // Every answer, field and button is a large target.
    const heights = await page.locator('[data-testid="report-form"] :is(label:has(input), button, input:not([type="radio"], [type="checkbox"]), textarea, select)').evaluateAll(
      (elements) => elements.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().height),
    )
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)

    await fillReport(page)
    await page.getByTestId('report-submit').click()
    await page.locator('[data-testid="report-done"][data-state="queued"]').waitFor()
    expect(await page.getByTestId('report-done').innerText()).toContain('จะส่งให้เองเมื่อต่ออินเทอร์เน็ตได้')
    expect(await page.evaluate(() => history.length)).toBe(historyLength)

    const [queued] = await outbox(page)
    expect(queued).toMatchObject({ attempts: 1, held: false, lastStatus: 503 })
    expect(await everythingStored(page)).not.toContain('MARKER')

    // A reload retries at start (the connection drops this time); the report stays in the outbox.
    await page.reload()
    await page.locator('#main[data-start-checked="true"]').waitFor()
    await expect.poll(() => server.refusedKeys.length).toBeGreaterThanOrEqual(2)
    await expect.poll(async () => (await outbox(page))[0]?.attempts).toBeGreaterThanOrEqual(2)
    expect((await outbox(page)).map((entry) => entry.id)).toEqual([queued?.id])

    // The network returns.
    server.up = true
    await context.setOffline(true)
    await context.setOffline(false)
    await expect.poll(() => server.delivered.length).toBe(1)
    await expect.poll(async () => (await outbox(page)).length).toBe(0)

    // Later triggers send nothing more.
    await context.setOffline(true)
    await context.setOffline(false)
    await page.reload()
    await page.locator('#main[data-start-checked="true"]').waitFor()
    expect(server.delivered).toHaveLength(1)

    const [delivery] = server.delivered
    expect(new Set([...server.refusedKeys, delivery?.key])).toEqual(new Set([queued?.id]))
    expect(delivery?.contentType).toBe('application/json')
    expect(delivery?.body).toEqual(queued?.envelope)
    // The envelope, and beside it only the follow-up lookup hash (32 bytes, base64url).
    expect(Object.keys(delivery?.body ?? {}).sort()).toEqual(['ciphertext', 'epk', 'followUpLookup', 'iv', 'keyId', 'salt', 'v'])
    expect(delivery?.body.followUpLookup).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(delivery?.body.v).toBe(2)
    expect(await openReport(delivery!.body, { privateKey: desk.privateKey, publicKeyJwk: desk.key.publicKeyJwk })).toMatchObject({
      v: 1,
      inDanger: false,
      affected: 'woman',
      violence: ['physical', 'economic'],
      whatHappened: MARKER,
      contact: { kind: 'none' },
      consent: true,
    })
    expect(await everythingStored(page)).not.toContain('MARKER')
  })
})

describe.runIf(inject('hasChromium'))('private help form: only the truth about where a report is', () => {
  const browser = usePhoneBrowser()

  /** The app with this config.json and this report endpoint, the form filled and sent. */
  async function sendWith(endpointAnswer: (route: Route) => Promise<void>, config: object = {}): Promise<Page> {
    const desk = await testDeskKey('desk-e2e')
    const context = await browser.newContext()
    await context.route(DEPLOYMENT_CONFIG, (route) => route.fulfill({ json: { reportEndpoint: '/api/reports', caseDeskKeys: [desk.key], ...config } }))
    await context.route('**/api/reports', endpointAnswer)
    const page = await openApp(context, inject('baseUrl'))
    await openHiddenForm(page)
    await page.getByTestId('report-form').waitFor()
    await fillReport(page)
    await page.getByTestId('report-submit').click()
    return page
  }

  const finalState = async (page: Page) => {
    await page.locator('[data-testid="report-done"]:not([data-state="sending"]):not([data-state="still-trying"])').waitFor()
    return page.getByTestId('report-done')
  }

  it('keeps the report when a Wi-Fi login page answers 200 HTML, and says it is not confirmed', async () => {
    const page = await sendWith((route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html><form>Wi-Fi login</form></html>' }))
    const done = await finalState(page)
    expect(await done.getAttribute('data-state')).toBe('unconfirmed')
    expect(await done.getByRole('status').innerText()).toBe('ยังไม่ได้รับการยืนยันว่าส่งถึง')
    expect(await outbox(page)).toHaveLength(1)
  })

  it('does not follow a redirect to a captive portal: the report stays queued', async () => {
    const portalRequests: string[] = []
    const page = await sendWith((route) => route.fulfill({ status: 302, headers: { Location: '/portal/login' }, body: '' }))
    await page.context().route('**/portal/login', (route) => {
      portalRequests.push(route.request().url())
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<html>login</html>' })
    })
    const done = await finalState(page)
    expect(await done.getAttribute('data-state')).toBe('queued')
    expect(await done.getByRole('status').innerText()).toBe('จะส่งให้เองเมื่อต่ออินเทอร์เน็ตได้')
    expect(portalRequests).toEqual([])
    expect(await outbox(page)).toHaveLength(1)
  })

  it('says the server refused a report (400) and offers the hotlines, instead of "will be sent"', async () => {
    const page = await sendWith((route) => route.fulfill({ status: 400, json: { error: 'malformed-envelope' } }))
    const done = await finalState(page)
    expect(await done.getAttribute('data-state')).toBe('rejected')
    expect(await done.innerText()).toContain('ระบบรับเรื่องไม่รับรายงานนี้')
    expect(await done.innerText()).not.toContain('จะส่งให้เองเมื่อต่ออินเทอร์เน็ตได้')
    expect(await done.locator('a[href="tel:1300"]').count()).toBe(1)
  })

  it('while the server hangs, counts the seconds and says it is still trying, and that the report is kept', async () => {
    const page = await sendWith(() => new Promise<void>(() => undefined))
    await page.locator('[data-testid="report-done"][data-state="still-trying"]').waitFor()
    const done = page.getByTestId('report-done')
    expect(await done.innerText()).toMatch(/ยังพยายามส่งอยู่… \(\d+ วินาที\)/)
    expect(await done.innerText()).toContain('บันทึกไว้ในเครื่องแบบเข้ารหัสแล้ว')
    expect(Number(await done.locator('progress').getAttribute('value'))).toBeGreaterThanOrEqual(4)
    expect(await outbox(page)).toHaveLength(1)
  })

  it('two tabs coming online together POST a waiting report once (one flush at a time, Web Lock)', async () => {
    const desk = await testDeskKey('desk-e2e')
    const context = await browser.newContext()
    await context.route(DEPLOYMENT_CONFIG, (route) => route.fulfill({ json: { reportEndpoint: '/api/reports', caseDeskKeys: [desk.key] } }))
    const server = { up: false, posts: [] as string[] }
    await context.route('**/api/reports', async (route) => {
      const key = route.request().headers()['idempotency-key'] ?? ''
      if (!server.up) return route.fulfill({ status: 503, body: '' })
      server.posts.push(key)
      // A slow answer: without the lock, the other tab would POST the same report meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      return route.fulfill({ status: 201, json: acknowledgement(key) })
    })
    const page = await openApp(context, inject('baseUrl'))
    await openHiddenForm(page)
    await page.getByTestId('report-form').waitFor()
    await fillReport(page)
    await page.getByTestId('report-submit').click()
    await page.locator('[data-testid="report-done"][data-state="queued"]').waitFor()
    const [queued] = await outbox(page)
    const other = await openApp(context, inject('baseUrl'))
    await expect.poll(async () => (await outbox(other))[0]?.attempts).toBeGreaterThanOrEqual(2)

    server.up = true
    await context.setOffline(true)
    await context.setOffline(false)
    await expect.poll(async () => (await outbox(page)).length, { timeout: 15_000 }).toBe(0)
    // Time for a second tab's POST, had there been one, to arrive.
    await page.waitForTimeout(2_000)
    expect(server.posts).toEqual([queued?.id])
  })

  it.each([
    ['an endpoint "path" that resolves to another host', { reportEndpoint: '/\\evil.example/x' }],
    ['an endpoint "path" with a tab that resolves to another host', { reportEndpoint: '/\t/evil.example' }],
    ['a desk key that is not a point on P-256', { caseDeskKeys: [{ id: 'desk-bad', publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'A'.repeat(43) } }] }],
  ])('with %s, says it cannot send before anything is typed', async (_, config) => {
    const desk = await testDeskKey('desk-e2e')
    const context = await browser.newContext()
    await context.route(DEPLOYMENT_CONFIG, (route) => route.fulfill({ json: { reportEndpoint: '/api/reports', caseDeskKeys: [desk.key], ...config } }))
    const page = await openApp(context, inject('baseUrl'))
    await openHiddenForm(page)
    const notice = page.getByTestId('report-unavailable')
    await notice.waitFor()
    expect(await notice.getAttribute('data-status')).toBe('invalid')
    expect(await notice.innerText()).toContain('ส่งจากเว็บไซต์นี้ไม่ได้')
    expect(await page.getByTestId('report-form').count()).toBe(0)
  })
})

describe.runIf(inject('hasChromium'))('private help form with the back/forward cache on', () => {
  // Playwright turns the back/forward cache off by default; the resident's browser has it on.
  const browser = usePhoneBrowser({ ignoreDefaultArgs: ['--disable-back-forward-cache'] })
  const ELSEWHERE = 'https://elsewhere.example/'

  it('Back after going to another site shows the map, not the half-filled form', async () => {
    const desk = await testDeskKey('desk-e2e')
    const context = await browser.newContext()
    await context.route(DEPLOYMENT_CONFIG, (route) => route.fulfill({ json: { reportEndpoint: '/api/reports', caseDeskKeys: [desk.key] } }))
    await context.route(ELSEWHERE, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title><p>elsewhere</p>' }))
    // Every document records its pageshow events; a page restored from the cache keeps its record.
    await context.addInitScript(() => {
      const shows: boolean[] = []
      Object.assign(window, { pageShows: shows })
      window.addEventListener('pageshow', (event) => shows.push(event.persisted))
    })
    const page = await openApp(context, inject('baseUrl'))
    await openHiddenForm(page)
    await page.getByTestId('report-form').waitFor()
    await page.getByTestId('report-danger-no').check()
    await page.getByTestId('report-what-happened').fill(MARKER)

    await page.goto(ELSEWHERE)
    await page.goBack({ waitUntil: 'commit' })

    // Proof the page came back from the back/forward cache (a fresh load would have shown the map anyway).
    await page.waitForFunction(() => (window as unknown as { pageShows?: boolean[] }).pageShows?.includes(true), undefined, { timeout: 10_000 })
    expect(await page.evaluate(() => (window as unknown as { pageShows: boolean[] }).pageShows)).toEqual([false, true])
    expect(await page.locator('#main').getAttribute('data-screen')).toBe('home')
    expect(await page.getByTestId('report-form').count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toContain('MARKER')
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('textarea, input')).some((field) => (field as HTMLInputElement).value.includes('MARKER')))).toBe(false)
  })
})
