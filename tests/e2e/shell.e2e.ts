import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium, newPhoneContext, openApp } from './support/chromium'

describe.runIf(inject('hasChromium'))('app shell', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('renders in Thai at phone size', async () => {
    const context = await newPhoneContext(browser)
    const page = await openApp(context, inject('baseUrl'))
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    await expect.poll(() => page.locator('header').innerText()).toContain('แผนที่พื้นที่ปลอดภัย')
    await context.close()
  })
})
