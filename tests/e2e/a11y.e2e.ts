import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { addAxe, axeViolations, formatViolations } from './support/axe'
import { openApp } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'
import { openFirstPlace } from './support/places'

describe.runIf(inject('hasChromium'))('accessibility (axe-core) of the main screens', () => {
  const browser = usePhoneBrowser()

  async function openHome(): Promise<Page> {
    const context = await browser.newContext()
    await addAxe(context)
    const page = await openApp(context, inject('baseUrl'))
    // Check the screen people actually see: with the data loaded, not the loading state.
    await page.locator('[data-testid="place-list-item"]').first().waitFor()
    return page
  }

  async function expectNoViolations(page: Page, screen: string): Promise<void> {
    const violations = await axeViolations(page)
    // The readable report is the failure message; comparing the count keeps a raw object dump out of it.
    expect(violations.length, formatViolations(screen, violations)).toBe(0)
  }

  it('home screen', async () => {
    const page = await openHome()
    await expectNoViolations(page, 'the home screen')
  })

  it('home screen with the place sheet open', async () => {
    const page = await openHome()
    await openFirstPlace(page)
    await expectNoViolations(page, 'the home screen with the place sheet open')
  })

  it('hotline panel open', async () => {
    const page = await openHome()
    await page.locator('[data-testid="hotlines-button"]').click()
    await page.locator('[data-testid="hotlines"]').waitFor()
    await expectNoViolations(page, 'the hotline panel')
  })

  it('safety notice page', async () => {
    const page = await openHome()
    await page.locator('[data-testid="menu-button"]').click()
    await page.locator('[data-testid="menu-safety"]').click()
    await page.locator('main[data-screen="safety"]').waitFor()
    await expectNoViolations(page, 'the safety notice page')
  })
})
