// Node script (`npm run pwa:screenshots`), not part of the app: builds the app and photographs its
// home screen for the install sheet (the web app manifest's `screenshots`). Map tiles are stubbed,
// so the pictures show the offline basemap every install will have. Its output is committed.
import { fileURLToPath } from 'node:url'
import { gotoApp, launchChromium } from '../../tests/e2e/support/chromium'
import { serveFreshBuild } from '../../tests/e2e/support/preview'

const screenshotsDir = fileURLToPath(new URL('../../public/screenshots/', import.meta.url))

/** The manifest declares these sizes: keep them in step with pwaOptions.ts. */
const shots = [
  { file: 'home-narrow.png', viewport: { width: 390, height: 844 }, scale: 2, mobile: true },
  { file: 'home-wide.png', viewport: { width: 1280, height: 800 }, scale: 1, mobile: false },
]

async function main(): Promise<void> {
  const server = await serveFreshBuild('screenshots')
  const browser = await launchChromium()
  try {
    for (const { file, viewport, scale, mobile } of shots) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: scale, isMobile: mobile, hasTouch: mobile, locale: 'th-TH', serviceWorkers: 'block' })
      await context.route(/tile\.openstreetmap\.org/, (route) => route.fulfill({ status: 204, body: '' }))
      const page = await context.newPage()
      await gotoApp(page, server.url)
      await page.locator('[data-testid="map"][data-markers-painted]').waitFor()
      await page.getByTestId('place-list-item').first().waitFor()
      await page.screenshot({ path: `${screenshotsDir}${file}` })
      await context.close()
      console.log(`wrote public/screenshots/${file}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
