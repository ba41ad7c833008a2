import { describe, expect, inject, it } from 'vitest'
import { usePhoneBrowser } from './support/phoneBrowser'

describe.runIf(inject('hasChromium'))('app shell', () => {
  const browser = usePhoneBrowser()

  it('renders in Thai at phone size', async () => {
    const page = await browser.openHome()
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    await expect.poll(() => page.locator('header').innerText()).toContain('แผนที่พื้นที่ปลอดภัย')
  })
})
