import type { BrowserContext, Page } from 'playwright-core'
import { openApp } from './chromium'

/** Opens the app and visits it again, until the service worker holds the whole app and serves the page (offline tests). */
export async function visitUntilControlled(context: BrowserContext, url: string): Promise<Page> {
  const page = await openApp(context, url)
  // What the person is told once the service worker holds the whole app.
  await page.locator('[data-testid="offline-copy"][data-state="saved"]').waitFor()
  // The first visit is not controlled yet; the next one is served by the service worker.
  await page.reload()
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
  await page.getByTestId('place-list-item').first().waitFor()
  // The app registers its service worker again after the first screen (main.ts): a test that
  // publishes a new version waits for that, so the app sees the version arrive.
  await page.locator('[data-testid="offline-copy"][data-state="saved"]').waitFor()
  return page
}
