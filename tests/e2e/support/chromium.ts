import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A phone-sized viewport: the resident's cheap Android phone. */
export const PHONE = { width: 390, height: 844 }

// Without the background-networking flags Chromium keeps calling home, which this closed network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** `options.ignoreDefaultArgs: ['--disable-back-forward-cache']` turns the back/forward cache back on. */
export function launchChromium(options: Omit<LaunchOptions, 'executablePath' | 'args'> = {}): Promise<Browser> {
  return chromium.launch({ ...options, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/** Tile hosts get an empty 204 (a tile that fails), so no test ever depends on the internet. */
export const TILE_URL_PATTERN = /tile\.openstreetmap\.org|\/tiles?\//

export interface PhoneContextOptions {
  /** Let the app's service worker run (offline tests). Off by default so page.route sees every request. */
  serviceWorkers?: boolean
  /** Where the phone is, with the location permission granted ("near me" tests). */
  geolocation?: { latitude: number; longitude: number }
}

/** A fresh phone-sized context in Thai, with map tiles stubbed. */
export async function newPhoneContext(browser: Browser, options: PhoneContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'th-TH',
    ...(options.geolocation ? { geolocation: { ...options.geolocation, accuracy: 50 }, permissions: ['geolocation'] } : {}),
  })
  await context.route(TILE_URL_PATTERN, (route) => route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' }, body: '' }))
  return context
}

export interface OpenAppOptions {
  /** Leave the first-run safety notice open instead of dismissing it (safety tests). */
  keepSafetyNotice?: boolean
}

/**
 * Opens the app and waits until its shell has rendered and the first-run check is done. A fresh
 * context shows the safety notice first; unless asked to keep it, it is dismissed, so the test starts on the map.
 */
export async function openApp(context: BrowserContext, baseUrl: string, options: OpenAppOptions = {}): Promise<Page> {
  const page = await context.newPage()
  await gotoApp(page, baseUrl, options)
  return page
}

/** `openApp` in a page that already exists (e.g. to give it a history before the app). */
export async function gotoApp(page: Page, baseUrl: string, options: OpenAppOptions = {}): Promise<void> {
  await page.goto(baseUrl)
  await page.locator('#main[data-start-checked="true"]').waitFor()
  if (!options.keepSafetyNotice && (await page.locator('#main').getAttribute('data-screen')) === 'safety') {
    await page.locator('[data-testid="safety-notice-dismiss"]').click()
    await page.locator('#main[data-screen="home"]').waitFor()
    await waitForNoticeDismissalStored(page)
  }
}

/** Resolves once IndexedDB holds the dismissal (written in the background), so a reload keeps the map. */
export async function waitForNoticeDismissalStored(page: Page): Promise<void> {
  // No named functions inside: tsx (the bench) would wrap them in a helper the page does not have.
  const stored = await page.evaluate(async () => {
    for (let frame = 0; frame < 600; frame += 1) {
      const value = await new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('safe-space-map')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('safetyNoticeDismissed')
          get.onsuccess = () => {
            open.result.close()
            resolve((get.result as { value?: unknown } | undefined)?.value)
          }
          get.onerror = () => reject(get.error)
        }
      })
      if (value === true) return true
      await new Promise(requestAnimationFrame)
    }
    return false
  })
  if (!stored) throw new Error('The safety notice was dismissed, but the app never stored it')
}
