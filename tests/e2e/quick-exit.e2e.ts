import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page, Route } from 'playwright-core'
import { gotoApp, openApp, waitForNoticeDismissalStored, type OpenAppOptions } from './support/chromium'
import { usePhoneBrowser, type PhoneBrowser } from './support/phoneBrowser'

// The default neutral page and a page "before" the app, both stubbed: there is no internet here.
const NEUTRAL = 'https://www.tmd.go.th/'
const BEFORE = 'https://before.example/'
const stub = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><p id="stub">${title}</p></body></html>`
const STATUS = '[data-testid="quick-exit-shortcut-status"]'

interface Phone {
  context: BrowserContext
  /** Every request for the neutral page, in order. */
  neutralRequests: string[]
}

/**
 * `neutral: 'no-content'` answers the neutral page with 204, which cancels the navigation: the app's
 * document stays, frozen in the state quick exit left it in, so a test can look at it.
 */
async function phone(browser: PhoneBrowser, neutral: 'page' | 'no-content' = 'page'): Promise<Phone> {
  const context = await browser.newContext()
  const neutralRequests: string[] = []
  await context.route(`${NEUTRAL}**`, (route: Route) => {
    neutralRequests.push(route.request().url())
    return neutral === 'page'
      ? route.fulfill({ contentType: 'text/html', body: stub('weather') })
      : route.fulfill({ status: 204, body: '' })
  })
  await context.route(BEFORE, (route) => route.fulfill({ contentType: 'text/html', body: stub('before') }))
  return { context, neutralRequests }
}

/** The app opened from another page, so Back has somewhere to go. */
async function appAfterAnotherPage(context: BrowserContext, options: OpenAppOptions = {}): Promise<Page> {
  const page = await context.newPage()
  await page.goto(BEFORE)
  await gotoApp(page, inject('baseUrl'), options)
  return page
}

/** URLs of every document the tab shows from now on. */
function recordNavigations(page: Page): string[] {
  const urls: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url())
  })
  return urls
}

/** After an exit: the app's entry was replaced (no new one), Back and Forward never show the app. */
async function expectBackNeverReturnsToApp(page: Page, navigations: string[], historyLength: number): Promise<void> {
  expect(await page.evaluate(() => history.length)).toBe(historyLength)
  // 'commit': a page restored from the back/forward cache fires no new load event.
  await page.goBack({ waitUntil: 'commit' })
  expect(page.url()).toBe(BEFORE)
  await page.goForward({ waitUntil: 'commit' })
  expect(page.url()).toBe(NEUTRAL)
  expect(await page.locator('#main').count()).toBe(0)
  expect(navigations.filter((url) => url.startsWith(inject('baseUrl')))).toEqual([])
}

describe.runIf(inject('hasChromium'))('quick exit', () => {
  // Playwright turns the back/forward cache off by default; the resident's browser has it on.
  const browser = usePhoneBrowser({ ignoreDefaultArgs: ['--disable-back-forward-cache'] })

  it('is a bar at the very top, at most 44 px high, named as an emergency exit, above open panels', async () => {
    const { context } = await phone(browser)
    const page = await openApp(context, inject('baseUrl'))
    const button = page.getByRole('button', { name: /ฉุกเฉิน: ออกทันที.*Emergency: Exit now/ })
    const box = await button.boundingBox()
    expect(box).toMatchObject({ x: 0, y: 0, width: 390 })
    expect(box!.height).toBeLessThanOrEqual(44)
    await page.getByTestId('hotlines-button').click()
    await page.getByTestId('hotlines').waitFor()
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="quick-exit"]') !== null, {
      x: box!.x + box!.width / 2,
      y: box!.y + box!.height / 2,
    })
    expect(onTop).toBe(true)
  })

  it('hides everything at once behind a neutral "loading" alert, in the click itself', async () => {
    const { context, neutralRequests } = await phone(browser, 'no-content')
    const page = await openApp(context, inject('baseUrl'))
    await page.getByTestId('quick-exit').click()
    expect(neutralRequests).toEqual([NEUTRAL])

    // What someone glancing at the screen sees until the neutral page arrives.
    expect(await page.locator('html').getAttribute('class')).toContain('quick-exit-hide')
    expect(await page.locator('#app').isVisible()).toBe(false)
    expect(await page.getByTestId('quick-exit').isVisible()).toBe(false)
    expect(await page.getByRole('alert').innerText()).toBe('กำลังโหลด…')
    expect(await page.title()).toBe('กำลังโหลด…')
  })

  it('replaces the app with the neutral page: Back and Forward never show the app again', async () => {
    const { context } = await phone(browser)
    const page = await appAfterAnotherPage(context)
    const navigations = recordNavigations(page)
    const historyLength = await page.evaluate(() => history.length)
    await page.getByTestId('quick-exit').click()
    await page.waitForURL(NEUTRAL)
    await expectBackNeverReturnsToApp(page, navigations, historyLength)
  })

  it('exits on Shift pressed three times, counting down in a polite live region', async () => {
    const { context } = await phone(browser)
    const page = await appAfterAnotherPage(context)
    const navigations = recordNavigations(page)
    const historyLength = await page.evaluate(() => history.length)
    expect(await page.locator(STATUS).getAttribute('aria-live')).toBe('polite')
    await page.keyboard.press('Shift')
    expect(await page.locator(STATUS).textContent()).toContain('กด Shift อีก 2 ครั้งเพื่อออกจากหน้านี้')
    await page.keyboard.press('Shift')
    expect(await page.locator(STATUS).textContent()).toContain('กด Shift อีก 1 ครั้งเพื่อออกจากหน้านี้')
    await page.keyboard.press('Shift')
    await page.waitForURL(NEUTRAL)
    await expectBackNeverReturnsToApp(page, navigations, historyLength)
  })

  it('does not exit on Shift, Shift, a, Shift: any other key starts the count again', async () => {
    const { context, neutralRequests } = await phone(browser)
    const page = await openApp(context, inject('baseUrl'))
    for (const key of ['Shift', 'Shift', 'a', 'Shift']) await page.keyboard.press(key)
    expect(await page.locator(STATUS).textContent()).toContain('กด Shift อีก 2 ครั้ง')
    expect((await page.locator('html').getAttribute('class')) ?? '').not.toContain('quick-exit-hide')
    expect(neutralRequests).toEqual([])
    expect(page.url()).toBe(inject('baseUrl'))
  })

  it('a page shown again from the back/forward cache after an exit stays hidden and leaves again', async () => {
    const { context, neutralRequests } = await phone(browser, 'no-content')
    const page = await openApp(context, inject('baseUrl'))
    await page.getByTestId('quick-exit').click()
    expect(neutralRequests).toHaveLength(1)
    // What the browser fires when it shows a frozen page again; the app must not show itself.
    await page.evaluate(() => {
      document.documentElement.classList.remove('quick-exit-hide')
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))
    })
    expect(await page.locator('#app').isVisible()).toBe(false)
    await expect.poll(() => neutralRequests.length).toBe(2)
  })

  it('leaves every open tab of the app at once, with what each one showed', async () => {
    const { context, neutralRequests } = await phone(browser)
    const other = await openApp(context, inject('baseUrl'))
    await other.getByTestId('search-input').fill('MARKER ศูนย์พึ่งได้')
    const page = await openApp(context, inject('baseUrl'))

    await page.getByTestId('quick-exit').click()

    await Promise.all([page.waitForURL(NEUTRAL), other.waitForURL(NEUTRAL)])
    expect(neutralRequests).toHaveLength(2)
    for (const tab of [page, other]) {
      expect(await tab.locator('#main').count()).toBe(0)
      expect(await tab.content()).not.toContain('MARKER')
    }
  })

  it('adds no browser history entry while the app is used: navigation stays in memory', async () => {
    const { context } = await phone(browser)
    const page = await openApp(context, inject('baseUrl'), { keepSafetyNotice: true })
    const start = await page.evaluate(() => ({ length: history.length, href: location.href }))

    await page.getByTestId('safety-notice-dismiss').click()
    for (const screen of ['safety', 'install', 'about', 'home']) {
      await page.getByTestId('menu-button').click()
      await page.getByTestId(`menu-${screen}`).click()
      await page.locator(`#main[data-screen="${screen}"]`).waitFor()
    }
    await page.getByTestId('menu-button').click()
    await page.getByTestId('menu-about').click()
    await page.getByTestId('app-logo').click()
    await page.getByTestId('lang-switch').click()
    await page.getByTestId('lang-switch').click()
    await page.locator('.skip-link').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('hotlines-button').click()

    expect(await page.evaluate(() => ({ length: history.length, href: location.href }))).toEqual(start)
  })
})

describe.runIf(inject('hasChromium'))('safety notice', () => {
  const browser = usePhoneBrowser()

  it('shows on first run, is dismissed for good, and opens again from the menu', async () => {
    const page = await browser.openHome({ keepSafetyNotice: true })
    expect(await page.locator('#main').getAttribute('data-screen')).toBe('safety')
    const notice = page.getByTestId('safety-notice')
    expect(await notice.innerText()).toContain('ไม่ลบประวัติการเข้าเว็บ')
    expect(await notice.locator('a[href="tel:1300"]').count()).toBe(1)
    expect(await notice.locator('a[href="tel:191"]').count()).toBe(1)

    await page.getByTestId('safety-notice-dismiss').click()
    await page.locator('#main[data-screen="home"]').waitFor()
    await waitForNoticeDismissalStored(page)

    await page.reload()
    await page.locator('#main[data-start-checked="true"]').waitFor()
    expect(await page.locator('#main').getAttribute('data-screen')).toBe('home')
    expect(await page.getByTestId('safety-notice').count()).toBe(0)

    await page.getByTestId('menu-button').click()
    await page.getByTestId('menu-safety').click()
    await page.getByTestId('safety-notice').waitFor()
    // From the menu, how to delete history and the page quick exit opens show without another tap.
    await page.getByTestId('history-how-to').waitFor()
    await page.getByTestId('exit-url-settings').waitFor()
  })

  it('refuses a 3 MB pasted exit address at once, keeping the box small and the screen usable', async () => {
    const page = await browser.openHome({ keepSafetyNotice: true })
    // The exit-page setting is in the notice's "read more".
    await page.getByTestId('safety-notice-more').click()
    const input = page.getByTestId('exit-url-input')
    await input.fill(`https://example.org/${'ก'.repeat(3_000_000)}`)
    expect(await page.getByTestId('exit-url-problem').innerText()).toContain('ยาวเกิน 2048 ตัวอักษร')
    expect(await input.evaluate((box) => (box as HTMLInputElement).value.length)).toBeLessThanOrEqual(2_049)
    await page.getByTestId('exit-url-save').click()
    expect(await page.getByTestId('exit-url-current').innerText()).toContain('https://www.tmd.go.th/')
    await page.getByTestId('safety-notice-dismiss').click()
    await page.locator('#main[data-screen="home"]').waitFor()
  })
})
