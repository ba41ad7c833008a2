import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import type { OutboxEntry } from '../../../src/domain/report/outboxEntry'
import { LOGO_TAP_BURST } from '../../../src/domain/report/tapBurst'

// The hidden help form as a test drives it: open it, fill it, and read what the browser stored.

/** Written into "what happened": it must reach the desk and appear nowhere else. */
export const MARKER = 'MARKER-e2e-9c2d เขาขังฉันไว้ในบ้าน'

/**
 * Taps the logo five times, checking that four taps, or six, do nothing. Taps go straight to the
 * touchscreen (no per-tap waits), so a busy machine cannot stretch a burst past its pauses.
 */
export async function openHiddenForm(page: Page): Promise<void> {
  const box = await page.getByTestId('app-logo').boundingBox()
  if (!box) throw new Error('the logo is not on screen')
  const tapLogo = async (count: number) => {
    for (let tap = 0; tap < count; tap++) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
  }
  for (const count of [4, 6]) {
    await tapLogo(count)
    // Nothing to wait for when nothing happens: give the burst its pause, then check.
    await page.waitForTimeout(LOGO_TAP_BURST.pauseMs + 200)
    expect(await page.locator('#main').getAttribute('data-screen')).toBe('home')
  }
  await tapLogo(5)
  await page.locator('#main[data-screen="report"]').waitFor()
}

/** Every record of every IndexedDB store, plus web storage and the Cache API (where the page has it), as one string. */
export function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))))
    const parts: string[] = []
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await request(indexedDB.open(name))
      for (const store of Array.from(db.objectStoreNames)) {
        parts.push(`${name}/${store}: ${JSON.stringify(await request(db.transaction(store).objectStore(store).getAll()))}`)
      }
      db.close()
    }
    parts.push(JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }))
    // The Cache API exists only in secure contexts (not on a workshop's plain-http address).
    for (const cacheName of typeof caches === 'undefined' ? [] : await caches.keys()) {
      const cache = await caches.open(cacheName)
      for (const key of await cache.keys()) parts.push((await (await cache.match(key))?.text()) ?? '')
    }
    return parts.join('\n')
  })
}

/** The outbox as the app stored it (read straight from IndexedDB). */
export function outbox(page: Page): Promise<OutboxEntry[]> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))))
    const db = await request(indexedDB.open('safe-space-map'))
    const rows = (await request(db.transaction('outbox').objectStore('outbox').getAll())) as OutboxEntry[]
    db.close()
    return rows
  })
}

/** Fills the hidden form with `whatHappened` (the marker by default), ready to send. */
export async function fillReport(page: Page, whatHappened: string = MARKER): Promise<void> {
  const check = (id: string) => page.getByTestId(id).check()
  await check('report-danger-no')
  await check('report-affected-woman')
  await check('report-violence-physical')
  await check('report-violence-economic')
  await page.getByTestId('report-what-happened').fill(whatHappened)
  await check('report-contact-none')
  await check('report-consent-agree')
}

/** Fills the hidden form with `whatHappened` and sends it; resolves when the app says it was sent. */
export async function sendReport(page: Page, whatHappened: string): Promise<void> {
  await page.getByTestId('report-form').waitFor()
  await fillReport(page, whatHappened)
  await page.getByTestId('report-submit').click()
  await page.locator('[data-testid="report-done"][data-state="sent"]').waitFor()
}
