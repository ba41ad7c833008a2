import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { ReportEnvelope } from '../../common/report/wire'
import { loadConfig } from '../../server/config'
import { startServer, type RunningServer } from '../../server/start'
import { addStaff, staffRequest, TEST_PASSWORD, tokenOf } from '../../server/testing/staff'
import { openApp } from './support/chromium'
import { openHiddenForm, sendReport } from './support/hiddenForm'
import { usePhoneBrowser } from './support/phoneBrowser'

const FIRST = { username: 'coord.first', passphrase: 'ช้างเดินข้ามสะพานตอนเช้าตรู่' }
const SECOND = { username: 'coord.second', passphrase: 'ดอกมะลิบานที่ริมรั้วบ้านหลังเก่า' }
const MARKER = 'MARKER-desk-e2e-1a7 เขาขังฉันไว้ในบ้าน'
const MARKER_AFTER_ROTATION = 'MARKER-desk-e2e-2b8 หลังเปลี่ยนกุญแจ'

const NEUTRAL_PAGE = 'https://www.tmd.go.th/**'

/** The staff page on a phone, signed in as `username`, on the case desk section. */
async function signInToDesk(context: BrowserContext, baseUrl: string, username: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(new URL('/staff', baseUrl).href)
  await page.getByTestId('staff-username').fill(username)
  await page.getByTestId('staff-password').fill(TEST_PASSWORD)
  await page.getByTestId('staff-sign-in-submit').click()
  await page.locator('[data-testid="desk"]:not([data-desk-step="loading"])').waitFor()
  return page
}

async function makePersonalKey(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('desk-new-passphrase').fill(passphrase)
  await page.getByTestId('desk-repeat-passphrase').fill(passphrase)
  await page.getByTestId('desk-personal-key-submit').click()
  await page.locator('[data-testid="desk"]:not([data-desk-step="personalKey"])').waitFor()
}

async function unlockDesk(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('desk-passphrase').fill(passphrase)
  await page.getByTestId('desk-unlock-submit').click()
  await page.getByTestId('desk-inbox').waitFor()
}

/** Opens the report at `index` (newest first) and returns what it says happened. */
async function readReport(page: Page, index: number): Promise<string> {
  await page.getByTestId('desk-report-open').nth(index).click()
  const text = await page.getByTestId('desk-report-whatHappened').innerText()
  await page.getByTestId('desk-report-back').click()
  return text
}

/** The resident's phone: the app from this server, the hidden form sent with `marker`; returns the envelope it posted. */
async function residentSends(context: BrowserContext, baseUrl: string, marker: string): Promise<ReportEnvelope> {
  const page = await openApp(context, baseUrl)
  const posted = page.waitForRequest((request) => request.url().endsWith('/api/reports') && request.method() === 'POST')
  await openHiddenForm(page)
  await sendReport(page, marker)
  const envelope = (await posted).postDataJSON() as ReportEnvelope
  await page.close()
  return envelope
}

async function currentDeskKeyId(baseUrl: string): Promise<string | undefined> {
  const config = (await (await fetch(new URL('/api/config', baseUrl))).json()) as { caseDeskKeys: Array<{ id: string }> }
  return config.caseDeskKeys[0]?.id
}

// The case desk end to end, on the server as `npm start` runs it with a database of its own: staff
// pages and the resident's app at phone size (390×844), PBKDF2 at its real 600,000 rounds.
describe.runIf(inject('hasChromium'))('the case desk at /staff', () => {
  const browser = usePhoneBrowser()
  let server: RunningServer
  let dataDir: string
  let printed = ''

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'safe-space-map-desk-e2e-'))
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir })
    server = await startServer(config, { distDir: inject('distDir'), log: false, showSetupLink: (message) => void (printed += message) })
    const link = /http:\/\/\S+\/staff#setup=[\w-]+/.exec(printed)?.[0] ?? ''
    const setUp = await staffRequest(server.app, 'POST', '/api/staff/setup', { token: tokenOf(link), username: 'admin.desk', password: TEST_PASSWORD })
    const adminCookie = setUp.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ')
    await addStaff(server.app, adminCookie, FIRST.username, 'coordinator')
    await addStaff(server.app, adminCookie, SECOND.username, 'coordinator')
  })
  afterAll(async () => {
    await server?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('is set up, read, shared, rotated and left in a hurry', async () => {
    const baseUrl = server.url
    expect(await currentDeskKeyId(baseUrl)).toBeUndefined()

    // The first coordinator makes a personal key and sets the desk up, typing back two groups of the code.
    const firstContext = await browser.newContext()
    await firstContext.route(NEUTRAL_PAGE, (route) => route.fulfill({ contentType: 'text/html', body: '<title>weather</title>' }))
    const first = await signInToDesk(firstContext, baseUrl, FIRST.username)
    await makePersonalKey(first, FIRST.passphrase)
    await first.getByTestId('desk-setup-create').click()
    const groups = await first.getByTestId('desk-recovery-latin').allInnerTexts()
    expect(groups).toHaveLength(7)
    expect(await first.getByTestId('desk-recovery-sheet').innerText()).toContain('รหัสกู้คืน')
    await first.getByTestId('desk-setup-stored').click()
    const asked = [...(await first.getByTestId('desk-setup-asked').innerText()).matchAll(/กลุ่มที่ (\d)/g)].map((match) => Number(match[1]))
    expect(await currentDeskKeyId(baseUrl)).toBeUndefined()
    await first.getByTestId('desk-setup-typed').fill(asked.map((number) => groups[number - 1]).join(' '))
    await first.getByTestId('desk-setup-finish').click()
    await first.getByTestId('desk-unlock').waitFor()
    const firstKeyId = await currentDeskKeyId(baseUrl)
    expect(firstKeyId).toMatch(/^desk-/)

    // A resident, on another phone, sends a report through the hidden form.
    const resident = await browser.newContext()
    const sent = await residentSends(resident, baseUrl, MARKER)
    expect(sent.keyId).toBe(firstKeyId)

    // The coordinator unlocks and reads it, decrypted in the browser.
    await unlockDesk(first, FIRST.passphrase)
    await expect.poll(() => first.getByTestId('desk-report-item').count()).toBe(1)
    expect(await readReport(first, 0)).toBe(MARKER)
    const title = await first.title()

    // A second coordinator makes a personal key, is granted the desk key, and reads the report too.
    const second = await signInToDesk(await browser.newContext(), baseUrl, SECOND.username)
    await makePersonalKey(second, SECOND.passphrase)
    await second.getByTestId('desk-no-grant').waitFor()
    await first.getByTestId('desk-panel-holders').click()
    await first.getByTestId(`desk-holder-${SECOND.username}`).getByTestId('desk-holder-grant').click()
    await first.getByTestId('desk-holders-done').waitFor()
    await second.getByTestId('desk-check-again').click()
    await unlockDesk(second, SECOND.passphrase)
    expect(await readReport(second, 0)).toBe(MARKER)

    // The first revokes the second and rotates: /api/config publishes the new key at once.
    await first.getByTestId(`desk-holder-${SECOND.username}`).getByTestId('desk-holder-revoke').click()
    await first.getByTestId('desk-holder-revoke-confirm').click()
    await first.getByTestId('desk-rotation-due').waitFor()
    await first.getByTestId('desk-rotate').click()
    await expect.poll(() => first.getByTestId('desk-rotation-due').count()).toBe(0)
    const secondKeyId = await currentDeskKeyId(baseUrl)
    expect(secondKeyId).not.toBe(firstKeyId)

    // A new report uses the new key, and appears in the open inbox without a reload (a poll every 30 s).
    await first.getByTestId('desk-panel-inbox').click()
    const sentAfter = await residentSends(resident, baseUrl, MARKER_AFTER_ROTATION)
    expect(sentAfter.keyId).toBe(secondKeyId)
    await expect.poll(() => first.getByTestId('desk-report-item').count(), { timeout: 45_000, interval: 1_000 }).toBe(2)
    expect(await first.title()).toBe(title)
    // Both arrived today, and the server keeps the day only: within a day the order says nothing.
    expect([await readReport(first, 0), await readReport(first, 1)].sort()).toEqual([MARKER, MARKER_AFTER_ROTATION].sort())

    // Quick exit from the unlocked desk: the neutral page, and the session is over.
    const [session] = (await firstContext.cookies()).filter((cookie) => cookie.name.endsWith('staff_session'))
    await first.getByTestId('quick-exit').click()
    await first.waitForURL(NEUTRAL_PAGE)
    await expect
      .poll(async () => (await fetch(new URL('/api/staff/me', baseUrl), { headers: { cookie: `${session?.name}=${session?.value}` } })).status)
      .toBe(401)
  }, 180_000)
})
