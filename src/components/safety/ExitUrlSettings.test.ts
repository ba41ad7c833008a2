import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createAppI18n } from '@/locales'
import safetyNoticeMessages from '@/locales/messages/safetyNotice'
import { useSettingsStore } from '@/stores/settings'
import ExitUrlSettings from './ExitUrlSettings.vue'

let pinia: Pinia
let wrapper: VueWrapper | undefined

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

function mountSettings(): VueWrapper {
  const i18n = createAppI18n('en')
  i18n.global.mergeLocaleMessage('en', safetyNoticeMessages.en)
  wrapper = mount(ExitUrlSettings, { global: { plugins: [pinia, i18n] } })
  return wrapper
}

describe('ExitUrlSettings', () => {
  it('refuses a 3 MB paste with a clear message, keeps the page saved before, and never shows the pasted text', async () => {
    const settings = useSettingsStore()
    await settings.setExitUrl('https://news.example/')
    const w = mountSettings()
    const pasted = `https://example.org/${'ก'.repeat(3_000_000)}`

    const input = w.find<HTMLInputElement>('[data-testid="exit-url-input"]')
    await input.setValue(pasted)

    // Said at once, and the box no longer holds the megabytes that froze the screen.
    expect(w.find('[data-testid="exit-url-problem"]').text()).toMatch(/longer than 2048 characters/)
    expect(input.element.value.length).toBeLessThanOrEqual(2_049)
    expect(input.attributes('maxlength')).toBe('2049')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[data-testid="exit-url-problem"]').text()).toMatch(/longer than 2048 characters/)
    expect(settings.exitUrl).toBe('https://news.example/')
    expect(w.find('[data-testid="exit-url-current"]').text()).toContain('https://news.example/')
    expect(w.text().length).toBeLessThan(2_000)
  })

  it('refuses an address with a password in it', async () => {
    const w = mountSettings()
    await w.find('[data-testid="exit-url-input"]').setValue('https://me:secret@news.example/')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[data-testid="exit-url-problem"]').text()).toMatch(/user name or password/)
    expect(useSettingsStore().exitUrl).toBeNull()
  })
})
