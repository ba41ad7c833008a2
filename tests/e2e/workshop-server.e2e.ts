import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { DatasetCommon } from '@common/datasetParts'
import { openApp } from './support/chromium'
import { usePhoneBrowser } from './support/phoneBrowser'
import { startWorkshopServer, type WorkshopServer } from './support/workshopServer'

describe.runIf(inject('hasChromium'))('the workshop server (npm run workshop) on a stand-in LAN address', () => {
  const phones = usePhoneBrowser()
  let workshop: WorkshopServer
  beforeAll(async () => {
    workshop = await startWorkshopServer({ distDir: inject('distDir'), template: inject('databaseTemplate') })
  })
  afterAll(() => workshop?.close())

  it('serves the app, its demo places and quick exit\'s page from the laptop alone: nothing is asked of another host', async () => {
    expect(new URL(workshop.url).hostname).toBe('127.0.0.2')
    const context = await phones.newContext()
    const elsewhere: string[] = []
    // What the page's policy lets through to another host is recorded and never sent.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.host === new URL(workshop.url).host) return route.continue()
      elsewhere.push(url.href)
      return route.abort()
    })
    // The app reads the dataset as province parts beside a common file, which carries the demo mark.
    const commonFile = context.waitForEvent('response', (response) => /\/data\/dataset\.common\.[0-9a-f]{8}\.json$/.test(response.url()))
    const page = await openApp(context, workshop.url)
    expect(((await (await commonFile).json()) as DatasetCommon).demo).toBe(true)
    await page.locator('#main[data-screen="home"]').waitFor()
    await page.getByTestId('place-list-item').first().waitFor()
    const names = await page.getByTestId('place-list-item').allInnerTexts()
    expect(names.every((text) => text.includes('สมมติ'))).toBe(true)

    const config = await page.evaluate(async () => (await fetch('/api/config')).json())
    expect(config).toMatchObject({ tileUrl: '', exitUrl: `${workshop.url}weather`, workshop: workshop.config() })
    await page.goto(config.exitUrl)
    await expect(page.locator('h1').textContent()).resolves.toContain('พยากรณ์อากาศ')
    expect(elsewhere).toEqual([])
  })

  it('lets the presenter in with the printed key only', async () => {
    const context = await phones.newContext()
    const page = await context.newPage()
    await page.goto(workshop.url)
    const answer = (key: string) =>
      page.evaluate(async (typed) => (await fetch('/api/workshop/presenter/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: typed }) })).status, key)
    expect(await answer('wrong')).toBe(401)
    expect(await answer(workshop.presenterKey)).toBe(204)
    const view = await page.evaluate(async () => (await fetch('/api/workshop/presenter')).json())
    expect(view).toMatchObject({ addresses: workshop.addresses, volunteerAccount: workshop.volunteer, trainerAccount: workshop.trainer, reportCount: 0 })
  })
})
