import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadConfig } from '../../server/config'
import { startServer, type RunningServer } from '../../server/start'
import { usePhoneBrowser } from './support/phoneBrowser'

const ADMIN = { username: 'admin.e2e', password: 'แม่น้ำเจ้าพระยาไหลผ่านกรุงเทพ' }
const COORDINATOR = { username: 'coord.e2e', password: 'river boats at dusk in bang na' }

/** The link in the console message the server prints at first start. */
function linkIn(message: string): string {
  const link = /http:\/\/\S+\/staff#setup=[\w-]+/.exec(message)?.[0]
  if (!link) throw new Error(`no set-up link in: ${message}`)
  return link
}

async function fill(page: Page, testid: string, text: string): Promise<void> {
  await page.getByTestId(testid).fill(text)
}

// The staff page on the server as `npm start` runs it, on an empty database of its own, so the
// first start prints the set-up link (captured here instead of the console).
describe.runIf(inject('hasChromium'))('staff accounts at /staff', () => {
  const browser = usePhoneBrowser()
  let server: RunningServer
  let dataDir: string
  let printed = ''

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'safe-space-map-staff-e2e-'))
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir })
    server = await startServer(config, { distDir: inject('distDir'), log: false, showSetupLink: (message) => void (printed += message) })
  })
  afterAll(async () => {
    await server?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('set-up admin invites a coordinator, who accepts, signs in and signs out for good', async () => {
    // The administrator opens the printed link on a phone and is signed in.
    const adminPage = await (await browser.newContext()).newPage()
    await adminPage.goto(linkIn(printed))
    await expect.poll(() => adminPage.locator('html').getAttribute('lang')).toBe('th')
    await adminPage.getByTestId('staff-setup').waitFor()
    await expect.poll(() => adminPage.getByTestId('quick-exit').isVisible()).toBe(true)
    await fill(adminPage, 'staff-username', ADMIN.username)
    await fill(adminPage, 'staff-new-password', ADMIN.password)
    await adminPage.getByTestId('staff-setup-submit').click()
    await expect.poll(() => adminPage.getByTestId('staff-signed-in-as').innerText()).toContain('admin.e2e')
    expect(await adminPage.getByTestId('staff-signed-in-as').innerText()).toContain('ผู้ดูแลระบบ')

    // Invites a coordinator: the one-time link is shown to copy.
    await adminPage.getByTestId('staff-section-invite').click()
    await fill(adminPage, 'staff-invite-username', COORDINATOR.username)
    await adminPage.getByTestId('staff-invite-role').selectOption('coordinator')
    await adminPage.getByTestId('staff-invite-submit').click()
    const inviteLink = await adminPage.getByTestId('staff-invite-link').inputValue()
    expect(inviteLink).toMatch(/\/staff#invite=[\w-]{43}$/)

    // The coordinator, on another phone, accepts: a common password is refused with the reason in Thai and English.
    const coordinatorContext = await browser.newContext()
    const page = await coordinatorContext.newPage()
    await page.goto(inviteLink)
    await expect.poll(() => page.getByTestId('staff-accept-intro').innerText()).toContain('coord.e2e')
    await fill(page, 'staff-new-password', 'password1234')
    await page.getByTestId('staff-accept-submit').click()
    const refusal = await page.getByTestId('staff-new-password-problem').innerText()
    expect(refusal).toContain('รหัสผ่านนี้มีคนใช้กันมาก')
    expect(refusal).toContain('many people use')
    await fill(page, 'staff-new-password', COORDINATOR.password)
    await page.getByTestId('staff-accept-submit').click()
    await page.getByTestId('staff-accept-to-sign-in').click()

    // Signs in: the desk, without the administrator's sections.
    expect(await page.getByTestId('staff-username').inputValue()).toBe(COORDINATOR.username)
    await fill(page, 'staff-password', COORDINATOR.password)
    await page.getByTestId('staff-sign-in-submit').click()
    await expect.poll(() => page.getByTestId('staff-signed-in-as').innerText()).toContain('ผู้ประสานงานศูนย์รับเรื่อง')
    expect(await page.getByTestId('staff-section-people').count()).toBe(0)
    const [session] = (await coordinatorContext.cookies()).filter((cookie) => cookie.name === 'staff_session')
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' })

    // Signs out: the cookie is gone, and a copy of it no longer opens anything.
    await page.getByTestId('staff-sign-out').click()
    await page.getByTestId('staff-sign-in').waitFor()
    expect(await page.getByTestId('staff-notice').innerText()).toContain('ออกจากระบบแล้ว')
    expect((await coordinatorContext.cookies()).filter((cookie) => cookie.name === 'staff_session')).toEqual([])
    const replayed = await fetch(new URL('/api/staff/me', server.url), { headers: { cookie: `staff_session=${session?.value}` } })
    expect(replayed.status).toBe(401)
  })

  it('quick exit leaves for the neutral page and ends the session', async () => {
    const context = await browser.newContext()
    await context.route('https://www.tmd.go.th/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>weather</title>' }))
    const page = await context.newPage()
    await page.goto(new URL('/staff', server.url).href)
    await fill(page, 'staff-username', ADMIN.username)
    await fill(page, 'staff-password', ADMIN.password)
    await page.getByTestId('staff-sign-in-submit').click()
    await page.getByTestId('staff-desk').waitFor()
    const [session] = (await context.cookies()).filter((cookie) => cookie.name === 'staff_session')
    await page.getByTestId('quick-exit').click()
    await page.waitForURL('https://www.tmd.go.th/**')
    await expect
      .poll(async () => (await fetch(new URL('/api/staff/me', server.url), { headers: { cookie: `staff_session=${session?.value}` } })).status)
      .toBe(401)
  })

  it('is not in the resident app: not precached by its service worker, not linked from its page', async () => {
    const [serviceWorker, residentPage] = await Promise.all(['sw.js', ''].map(async (path) => (await fetch(new URL(path, server.url))).text()))
    expect(serviceWorker).not.toMatch(/"staff(?:\.html|\/)/)
    expect(residentPage).not.toContain('staff')
    const page = await browser.openHome()
    expect(await page.locator('a[href*="staff"]').count()).toBe(0)
  })
})
