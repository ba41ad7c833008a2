import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, newPhoneContext, openApp, type OpenAppOptions, type PhoneContextOptions } from './chromium'

/** The Chromium of one describe block, seen through the phone contexts it opens. */
export interface PhoneBrowser {
  /** A fresh phone context (see newPhoneContext), closed when the test that opened it ends. */
  newContext(options?: PhoneContextOptions): Promise<BrowserContext>
  /** A fresh phone context with the app open on its home screen (see openApp). */
  openHome(options?: OpenAppOptions): Promise<Page>
}

/**
 * Call in a describe block: launches Chromium before its tests, closes it after them, and closes every
 * context a test opened through it when that test ends, passed or failed. Vitest runs "after" hooks
 * in reverse order, so contexts close before anything a hook registered earlier in the block tears down.
 */
export function usePhoneBrowser(launchOptions?: Parameters<typeof launchChromium>[0]): PhoneBrowser {
  let browser: Browser | undefined
  let opened: BrowserContext[] = []

  beforeAll(async () => {
    browser = await launchChromium(launchOptions)
  })
  afterEach(async () => {
    const closing = opened
    opened = []
    await Promise.all(closing.map((context) => context.close()))
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function newContext(options?: PhoneContextOptions): Promise<BrowserContext> {
    if (!browser) throw new Error('usePhoneBrowser: Chromium is not running yet (open contexts inside a test or hook)')
    const context = await newPhoneContext(browser, options)
    opened.push(context)
    return context
  }

  return {
    newContext,
    openHome: async (options) => openApp(await newContext(), inject('baseUrl'), options),
  }
}
