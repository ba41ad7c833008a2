import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A phone-sized viewport: the resident's cheap Android phone. */
export const PHONE = { width: 390, height: 844 }

// Without the background-networking flags Chromium keeps calling home, which this closed network refuses.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS })
}

/** Tile hosts get an empty 204, so no test ever depends on the internet. */
export const TILE_URL_PATTERN = /tile\.openstreetmap\.org|\/tiles?\//

export interface PhoneContextOptions {
  /** Let the app's service worker run (offline tests). Off by default so page.route sees every request. */
  serviceWorkers?: boolean
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
  })
  await context.route(TILE_URL_PATTERN, (route) => route.fulfill({ status: 204, body: '' }))
  return context
}

/** Opens the app and waits until its shell has rendered. */
export async function openApp(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(baseUrl)
  await page.locator('#main').waitFor()
  return page
}
