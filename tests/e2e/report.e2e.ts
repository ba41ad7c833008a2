import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { openApp } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'
import { testDeskKey } from '../../src/components/report/reportTestKit'
import type { OutboxEntry, ReportEnvelope } from '../../src/domain/report/envelope'
import { openReport } from '../../src/safety/reportEncryption'

const MARKER = 'MARKER-e2e-9c2d เขาขังฉันไว้ในบ้าน'

/** Taps the logo five times, checking that four taps (each a touch and a click) are not enough. */
async function openHiddenForm(page: Page): Promise<void> {
  const logo = page.getByTestId('app-logo')
  for (let tap = 0; tap < 4; tap++) await logo.tap()
  expect(await page.locator('#main').getAttribute('data-screen')).toBe('home')
  await logo.tap()
  await page.locator('#main[data-screen="report"]').waitFor()
}

/** Every record of every IndexedDB store, plus web storage and the Cache API, as one string. */
function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))))
    const parts: string[] = []
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await request(indexedDB.open(name))
      for (const store of Array.from(db.objectStoreNames)) {
        parts.push(`${name}/${store}: ${JSON.stringify(await request(db.transaction(store).objectStore(store).getAll()))}`)
      }
      db.close()
    }
    parts.push(JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }))
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName)
      for (const key of await cache.keys()) parts.push((await (await cache.match(key))?.text()) ?? '')
    }
    return parts.join('\n')
  })
}

/** The outbox as the app stored it (read straight from IndexedDB). */
function outbox(page: Page): Promise<OutboxEntry[]> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))))
    const db = await request(indexedDB.open('safe-space-map'))
    const rows = (await request(db.transaction('outbox').objectStore('outbox').getAll())) as OutboxEntry[]
    db.close()
    return rows
  })
}

async function fillReport(page: Page): Promise<void> {
  const check = (id: string) => page.getByTestId(id).check()
  await check('report-danger-no')
  await check('report-affected-woman')
  await check('report-violence-physical')
  await check('report-violence-economic')
  await page.getByTestId('report-what-happened').fill(MARKER)
  await check('report-contact-none')
  await check('report-consent-agree')
}

/** The help-form endpoint stub: refuses (503, then a dropped connection) until `up`, then records each delivery. */
function reportServer(context: BrowserContext) {
  const server = { up: false, refusedKeys: [] as string[], delivered: [] as { key: string; contentType: string; body: ReportEnvelope }[] }
  const ready = context.route('**/api/reports', async (route) => {
    const request = route.request()
    const key = request.headers()['idempotency-key'] ?? ''
    if (!server.up) {
      server.refusedKeys.push(key)
      return server.refusedKeys.length === 1 ? route.fulfill({ status: 503, body: '' }) : route.abort('internetdisconnected')
    }
    server.delivered.push({ key, contentType: request.headers()['content-type'] ?? '', body: request.postDataJSON() as ReportEnvelope })
    return route.fulfill({ status: 201, body: '' })
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
    await context.route(/\/(?:api\/config|config\.json)$/, (route) => route.fulfill({ json: deployment }))
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
    expect(Object.keys(delivery?.body ?? {}).sort()).toEqual(['ciphertext', 'epk', 'iv', 'keyId', 'salt', 'v'])
    expect(await openReport(delivery!.body, desk.privateKey)).toMatchObject({
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
