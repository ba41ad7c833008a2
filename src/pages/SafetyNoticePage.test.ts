import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { SafeSpaceDb } from '@/data/database'
import { writeSetting } from '@/data/settingsRepository'
import { freshDatabase } from '@/data/testFixtures'
import { createAppI18n } from '@/locales'
import { openSafetyNoticeOnFirstRun } from '@/safety/firstRun'
import { useSettingsStore } from '@/stores/settings'
import { useViewStore } from '@/stores/view'
import SafetyNoticePage from './SafetyNoticePage.vue'

let pinia: Pinia
let db: SafeSpaceDb
let wrapper: VueWrapper | undefined

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  db = freshDatabase()
})

afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  await db.delete()
})

async function mountPage(locale: 'th' | 'en' = 'th'): Promise<VueWrapper> {
  await useSettingsStore().load({ db })
  wrapper = mount(SafetyNoticePage, { global: { plugins: [pinia, createAppI18n(locale)] }, attachTo: document.body })
  return wrapper
}

/** Taps "read more" and waits for the rest of the notice (a separate chunk) to show. */
async function readMore(page: VueWrapper): Promise<VueWrapper> {
  await page.get('[data-testid="safety-notice-more"]').trigger('click')
  await vi.waitFor(() => expect(page.find('[data-testid="safety-notice-details"]').exists()).toBe(true), { timeout: 5000 })
  return page
}

const mountFullPage = async (locale: 'th' | 'en' = 'th') => readMore(await mountPage(locale))

/** Runs the app's first-run check the way src/main.ts does before mounting, on a database in the given state. */
async function startApp(): Promise<{ checked: boolean }> {
  const settingsLoaded = useSettingsStore().load({ db })
  await openSafetyNoticeOnFirstRun()
  await settingsLoaded
  return { checked: useViewStore().firstScreenDecided }
}

describe('first run', () => {
  it('decides on the safety notice before anything mounts when it was never dismissed', async () => {
    expect(await startApp()).toEqual({ checked: true })
    expect(useViewStore().screen).toBe('safety')
  })

  it('stays on the map once the notice was dismissed', async () => {
    await writeSetting(db, 'safetyNoticeDismissed', true)
    expect(await startApp()).toEqual({ checked: true })
    expect(useViewStore().screen).toBe('home')
  })

  it('does not pull the person away from a screen they already opened', async () => {
    useViewStore().open('about')
    await startApp()
    expect(useViewStore().screen).toBe('about')
  })

  it('starts on the map when the settings do not answer in time, and opens the notice once they do', async () => {
    let answer: () => void = () => undefined
    const settings = useSettingsStore()
    const answered = new Promise<void>((resolve) => (answer = resolve))
    vi.spyOn(settings, 'load').mockImplementation(() => answered)
    await openSafetyNoticeOnFirstRun(10)
    expect(useViewStore()).toMatchObject({ screen: 'home', firstScreenDecided: true })
    answer()
    await flushPromises()
    expect(useViewStore().screen).toBe('safety')
  })
})

describe('SafetyNoticePage', () => {
  it('on the first run says what matters in a few sentences: quick exit, Shift ×3, history is not erased, 1300 and 191', async () => {
    const page = await mountPage('th')
    const text = page.text()
    for (const point of ['ออกทันที', 'Shift 3 ครั้ง', 'ไม่ลบประวัติการเข้าเว็บ', 'ประวัติการโทร', '1300', '191']) expect(text).toContain(point)
    expect(page.find('[data-testid="safety-notice-details"]').exists()).toBe(false)
    expect(page.get('[data-testid="safety-notice-more"]').attributes('aria-expanded')).toBe('false')
  })

  it('tells the whole truth one tap away: history is not erased, spyware may be present, a safer device may be better', async () => {
    const page = await mountFullPage('en')
    expect(page.get('[data-testid="safety-notice-more"]').attributes('aria-expanded')).toBe('true')
    const text = page.text()
    expect(text).toContain('does not erase your browsing history')
    expect(text).toContain('spyware or stalkerware')
    expect(text).toContain('library computer')
    expect(text).toContain('call log')
  })

  it('opened again from the menu, shows everything at once', async () => {
    await writeSetting(db, 'safetyNoticeDismissed', true)
    const page = await mountPage()
    await vi.waitFor(() => expect(page.find('[data-testid="history-how-to"]').exists()).toBe(true), { timeout: 5000 })
    expect(page.find('[data-testid="exit-url-settings"]').exists()).toBe(true)
    expect(page.text()).toContain('หน้านี้จะไม่ขึ้นเองอีก')
  })

  it('gives step-by-step history deletion for Chrome, Samsung Internet and Safari', async () => {
    const page = await mountFullPage()
    for (const browser of ['chrome', 'samsung', 'safari']) {
      expect(page.findAll(`[data-testid="history-${browser}"] li`).length).toBeGreaterThanOrEqual(3)
    }
  })

  it('offers 1300 and 191 as one-tap calls', async () => {
    const page = await mountPage()
    expect(page.find('[data-testid="safety-call-1300"]').attributes('href')).toBe('tel:1300')
    expect(page.find('[data-testid="safety-call-191"]').attributes('href')).toBe('tel:191')
  })

  it('"continue to the map" remembers the choice and goes back to the map', async () => {
    const view = useViewStore()
    view.open('safety')
    const page = await mountPage()
    expect(page.find('[data-testid="safety-notice-dismiss"]').text().replace(/\s+/g, ' ')).toBe('ไปที่แผนที่ / Continue to the map')
    await page.find('[data-testid="safety-notice-dismiss"]').trigger('click')
    await flushPromises()
    expect(view.screen).toBe('home')
    setActivePinia(createPinia())
    const reopened = useSettingsStore()
    await reopened.load({ db })
    expect(reopened.safetyNoticeDismissed).toBe(true)
  })
})

describe('the quick-exit page setting', () => {
  it('refuses an http address with a message in the reader’s language and keeps the default', async () => {
    const page = await mountFullPage('th')
    await page.find('[data-testid="exit-url-input"]').setValue('http://news.example.org')
    await page.find('form').trigger('submit')
    await flushPromises()
    const problem = page.find('[data-testid="exit-url-problem"]')
    expect(problem.text()).toContain('https://')
    expect(problem.attributes('lang')).toBe('th')
    expect(page.find('[data-testid="exit-url-input"]').attributes('aria-invalid')).toBe('true')
    expect(useSettingsStore().exitUrl).toBeNull()
  })

  it('saves an https address, shows it, and can go back to the default', async () => {
    const page = await mountFullPage('en')
    await page.find('[data-testid="exit-url-input"]').setValue('news.example.org')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(useSettingsStore().exitUrl).toBe('https://news.example.org/')
    expect(page.find('[data-testid="exit-url-current"]').text()).toBe('Now: https://news.example.org/')
    await page.find('[data-testid="exit-url-reset"]').trigger('click')
    await flushPromises()
    expect(useSettingsStore().exitUrl).toBeNull()
    expect(page.find('[data-testid="exit-url-current"]').text()).toBe('Now: https://www.tmd.go.th/')
  })
})
