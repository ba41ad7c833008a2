import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium, newPhoneContext } from './support/chromium'
import { FIRST_SCREEN_JS_BUDGET_BYTES, firstScreenScripts } from '../support/firstScreenJs'

// Sizes are stable from run to run (unlike times), so the budget is checked here, in CI.
describe.runIf(inject('hasChromium'))('size budget', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('loads at most 150 KB of gzipped JavaScript for the first screen; the report form is not in it', async () => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const scripts = await firstScreenScripts(page, inject('baseUrl'), inject('distDir'))
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0)
    console.log(`first-screen JS: ${(total / 1024).toFixed(1)} KB gzip in ${scripts.length} files`)
    expect(scripts.length).toBeGreaterThan(0)
    expect(total).toBeLessThanOrEqual(FIRST_SCREEN_JS_BUDGET_BYTES)
    // The hidden report form (and its encryption) load only when opened.
    expect(scripts.some((script) => script.source.includes('report-form'))).toBe(false)
    expect(scripts.some((script) => script.source.includes('AES-GCM'))).toBe(false)
    await context.close()
  })
})
