import { describe, expect, inject, it } from 'vitest'
import { usePhoneBrowser } from './support/phoneBrowser'
import { openFirstPlace } from './support/places'

describe.runIf(inject('hasChromium'))('place sheet, hotlines and language', () => {
  const browser = usePhoneBrowser()

  it('opens a place from the list: a dialog with a one-tap call, closed by Esc without changing the URL', async () => {
    const page = await browser.openHome()
    const url = page.url()
    const historyLength = await page.evaluate(() => history.length)

    const sheet = await openFirstPlace(page)
    expect(await sheet.getAttribute('role')).toBe('dialog')
    const call = sheet.locator('[data-testid="call-button"], [data-testid="fallback-call-button"]').first()
    expect(await call.getAttribute('href')).toMatch(/^tel:\+?\d+$/)
    expect(await sheet.evaluate((element) => element.contains(document.activeElement))).toBe(true)

    // The sheet stays clear of the quick-exit button.
    const exitBox = await page.locator('[data-testid="quick-exit"]').boundingBox()
    const sheetBox = await sheet.boundingBox()
    expect(sheetBox!.y).toBeGreaterThanOrEqual(exitBox!.y + exitBox!.height)

    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'detached' })
    expect(page.url()).toBe(url)
    expect(await page.evaluate(() => history.length)).toBe(historyLength)
  })

  it('opens the hotlines with one tap, each number a tel: link, LINE @esshelpme a link that says it opens LINE', async () => {
    const page = await browser.openHome()
    const button = page.locator('[data-testid="hotlines-button"]')
    expect(await button.innerText()).toContain('สายด่วน')
    // On the phone's screen as it is, without scrolling or zooming out (a page wider than the phone pushes it off).
    const onScreen = await button.evaluate((element) => {
      const box = element.getBoundingClientRect()
      const screen = window.visualViewport!
      return box.left >= 0 && box.top >= 0 && box.right <= screen.width + 0.5 && box.bottom <= screen.height + 0.5
    })
    expect(onScreen, 'the hotline button is fully inside the phone screen').toBe(true)

    await button.click()
    const panel = page.locator('[data-testid="hotlines"]')
    await panel.waitFor()
    const hrefs = await panel.locator('[data-testid="hotline-call"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toEqual(expect.arrayContaining(['tel:1300', 'tel:191', 'tel:1669', 'tel:1323', 'tel:1387']))
    const line = panel.locator('[data-testid="hotline-line"]')
    expect(await line.getAttribute('href')).toBe('https://line.me/R/ti/p/@esshelpme')
    expect(await line.innerText()).toContain('LINE')

    // Nothing of the panel or its button sits over the quick-exit button.
    const exitBox = await page.locator('[data-testid="quick-exit"]').boundingBox()
    for (const box of [await panel.boundingBox(), await button.boundingBox()]) {
      expect(box!.y).toBeGreaterThanOrEqual(exitBox!.y + exitBox!.height)
    }
  })

  it('switches the UI to English and back, and remembers the choice after a reload', async () => {
    const page = await browser.openHome()
    const header = page.locator('header')
    await expect.poll(() => header.innerText()).toContain('แผนที่พื้นที่ปลอดภัย')

    await page.locator('[data-testid="lang-switch"]').click()
    await expect.poll(() => header.innerText()).toContain('Safe Space Map')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')

    await page.reload()
    await expect.poll(() => header.innerText()).toContain('Safe Space Map')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')

    await page.locator('[data-testid="lang-switch"]').click()
    await expect.poll(() => header.innerText()).toContain('แผนที่พื้นที่ปลอดภัย')
    await page.reload()
    await expect.poll(() => header.innerText()).toContain('แผนที่พื้นที่ปลอดภัย')
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
  })
})
