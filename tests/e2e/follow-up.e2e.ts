import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp } from './support/chromium'
import { everythingStored, fillReport, MARKER, openHiddenForm, outbox } from './support/hiddenForm'
import { usePhoneBrowser } from './support/phoneBrowser'
import { servePrivateCopy, type ServedBuild } from './support/preview'
import { visitUntilControlled } from './support/serviceWorker'
import { testDeskKey } from '../../src/components/report/reportTestKit'
import { generateFollowUpCode, parseFollowUpCode } from '../../src/domain/report/followUpCode'
import { openReport } from '../../src/safety/reportEncryption'
import { saveDeskKey } from '../../server/desk/deskStore'

// The resident's side of the case desk against the real server: the desk key published through
// the server's own store, reports counted in its database, the status set there as a coordinator would.

/** Reports the server stored, read straight from its database. */
async function storedReports(server: ServedBuild) {
  return server.db.selectFrom('reports').select(['id', 'envelope', 'status']).execute()
}

/** Types into the map's search box as a person would: cleared first, then the text. */
async function search(page: Page, text: string): Promise<void> {
  const box = page.getByTestId('search-input')
  await box.fill('')
  await box.fill(text)
}

/** What the search says under the box, with the typed text taken out (it is echoed in "no match for …"). */
async function feedbackWithout(page: Page, typed: string): Promise<string> {
  return (await page.locator('.search-feedback').innerText()).replaceAll(typed, '…')
}

describe.runIf(inject('hasChromium'))('case desk, resident side, against the real server', () => {
  let server: ServedBuild
  beforeEach(async () => {
    server = await servePrivateCopy(inject('distDir'), inject('databaseTemplate'))
  })
  afterEach(async () => {
    await server?.close()
  })
  // Registered after the server's hooks, so each test's contexts close before its server does.
  const browser = usePhoneBrowser()

  it('with no desk key yet, the form says it cannot send, offers the hotlines and keeps nothing', async () => {
    const page = await openApp(await browser.newContext(), server.url)
    await openHiddenForm(page)
    const notice = page.getByTestId('report-unavailable')
    await notice.waitFor()
    expect(await notice.getAttribute('data-status')).toBe('not-configured')
    expect(await notice.innerText()).toContain('ส่งจากเว็บไซต์นี้ไม่ได้')
    expect(await notice.locator('a[href="tel:1300"]').count()).toBe(1)
    expect(await page.getByTestId('report-form').count()).toBe(0)
    expect(await outbox(page)).toEqual([])
  })

  it('sent offline, kept across a reload, delivered once; its follow-up code in the search box shows the status the desk sets', async () => {
    const desk = await testDeskKey(`desk-e2e-${Date.now()}`)
    await saveDeskKey(server.db, { v: 1, id: desk.key.id, publicKeyJwk: desk.key.publicKeyJwk, createdAt: new Date().toISOString() })
    const context = await browser.newContext({ serviceWorkers: true })
    const page = await visitUntilControlled(context, server.url)
    const lookups: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/api/follow-up')) lookups.push(request.postData() ?? '')
    })
    const url = page.url()
    const historyLength = await page.evaluate(() => history.length)

    // The form reads the published desk key online; then the signal goes.
    await openHiddenForm(page)
    await page.getByTestId('report-form').waitFor()
    await context.setOffline(true)
    await fillReport(page)
    await page.getByTestId('report-submit').click()
    await page.locator('[data-testid="report-done"][data-state="queued"]').waitFor()

    // The code is offered, never shown by default; shown once when asked.
    const offer = page.getByTestId('follow-up-offer')
    expect(await offer.innerText()).not.toMatch(/TH\s?\d{4}/)
    await page.getByTestId('follow-up-show').click()
    const parsed = parseFollowUpCode(await page.getByTestId('follow-up-code').innerText())
    if (parsed.kind !== 'code') throw new Error('the screen shows no follow-up code')
    const code = parsed.code
    await page.getByTestId('follow-up-hide').click()
    expect(await page.getByTestId('follow-up-offer').count()).toBe(0)

    // Offline reload: the service worker serves the app; the report waits, encrypted, with no code.
    await page.reload()
    await page.locator('#main[data-start-checked="true"]').waitFor()
    expect(await outbox(page)).toHaveLength(1)
    expect(await storedReports(server)).toHaveLength(0)
    const stored = await everythingStored(page)
    expect(stored).not.toContain('MARKER')
    expect(stored).not.toContain(code.slice(2, 18))

    // Back online: delivered, once.
    await context.setOffline(false)
    await expect.poll(async () => (await outbox(page)).length, { timeout: 30_000 }).toBe(0)
    await page.reload()
    await page.locator('#main[data-start-checked="true"]').waitFor()
    const rows = await storedReports(server)
    expect(rows).toHaveLength(1)
    const [row] = rows
    expect(row?.envelope).not.toContain('MARKER')
    expect(await openReport(JSON.parse(row!.envelope), { privateKey: desk.privateKey, publicKeyJwk: desk.key.publicKeyJwk })).toMatchObject({
      whatHappened: MARKER,
      followUp: { messageKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) },
    })

    // The code typed into the map's search box: "received".
    await search(page, code.toLowerCase())
    const status = page.getByTestId('follow-up-status')
    await page.locator('[data-testid="follow-up-status"][data-status="received"]').waitFor({ timeout: 20_000 })
    expect(await status.innerText()).toContain('ทีมดูแลเคสได้รับเรื่องแล้ว')
    expect(await page.getByTestId('search-no-match').count()).toBe(0)

    // A coordinator takes it on: the same code now says so.
    await server.db.updateTable('reports').set({ status: 'in_progress' }).where('id', '=', row!.id).execute()
    await search(page, code)
    await page.locator('[data-testid="follow-up-status"][data-status="contact"]').waitFor({ timeout: 20_000 })
    expect(await status.innerText()).toContain('ทีมกำลังดูแลเรื่องนี้')

    // A wrong code looks exactly like words that match nothing.
    await search(page, 'ไม่มีที่นี่')
    await page.getByTestId('search-no-match').waitFor()
    const ordinary = await feedbackWithout(page, 'ไม่มีที่นี่')
    const wrong = generateFollowUpCode()
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/follow-up'))
    await search(page, wrong)
    expect((await answered).status()).toBe(200)
    await page.getByTestId('search-no-match').waitFor()
    expect(await feedbackWithout(page, wrong)).toBe(ordinary)
    expect(await page.getByTestId('follow-up-status').count()).toBe(0)

    // Only hashes went to the server; nothing about the code stayed on the phone or in the address.
    expect(lookups).toHaveLength(3)
    for (const body of lookups) expect(body).toMatch(/^\{"lookup":"[A-Za-z0-9_-]{43}"\}$/)
    expect(lookups.join()).not.toContain(code.slice(2, 18))
    expect(page.url()).toBe(url)
    expect(await page.evaluate(() => history.length)).toBe(historyLength)
    expect(await everythingStored(page)).not.toContain(code.slice(2, 18))
    expect(await storedReports(server)).toHaveLength(1)
  })
})

describe.runIf(inject('hasChromium'))('privacy page', () => {
  const browser = usePhoneBrowser()

  it('opens from the menu in Thai, its code loaded only then (not with the first screen)', async () => {
    const context = await browser.newContext()
    // Chunks are named by hash only: the page's code is recognised by the id in its template.
    const scripts: Promise<string>[] = []
    context.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''))
    })
    const hasPrivacyPage = async () => (await Promise.all(scripts)).some((source) => source.includes('privacy-heading'))
    const page = await openApp(context, inject('baseUrl'))
    await page.getByTestId('place-list-item').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(await hasPrivacyPage()).toBe(false)

    await page.getByTestId('menu-button').click()
    await page.getByTestId('menu-privacy').click()
    const privacy = page.getByTestId('privacy')
    await privacy.waitFor()
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('ความเป็นส่วนตัว: เซิร์ฟเวอร์เก็บอะไร')
    expect(await privacy.innerText()).toContain('เฉพาะผู้ประสานงานของทีมดูแลเคสที่ถือกุญแจของทีม')
    expect(await hasPrivacyPage()).toBe(true)
  })
})
