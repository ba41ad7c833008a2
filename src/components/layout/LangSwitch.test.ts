import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { SafeSpaceDb } from '@/data/database'
import { readSetting, writeSetting } from '@/data/settingsRepository'
import { createAppI18n } from '@/locales'
import { useSettingsStore } from '@/stores/settings'
import LangSwitch from './LangSwitch.vue'

let pinia: Pinia
let db: SafeSpaceDb

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  db = new SafeSpaceDb(`lang-switch-${crypto.randomUUID()}`)
})

// The switch loads the settings itself; the store is handed a private database first.
function startSettings(): Promise<void> {
  return useSettingsStore().load({ db })
}

afterEach(async () => {
  document.documentElement.lang = 'th'
  await db.delete()
})

function mountSwitch() {
  const i18n = createAppI18n()
  const wrapper = mount(LangSwitch, { global: { plugins: [pinia, i18n] } })
  return { wrapper, i18n }
}

describe('LangSwitch', () => {
  it('starts in Thai and offers English', async () => {
    await startSettings()
    const { wrapper, i18n } = mountSwitch()
    await flushPromises()
    expect(i18n.global.locale.value).toBe('th')
    expect(wrapper.text()).toBe('English')
  })

  it('switches the UI and <html lang> to English and remembers the choice', async () => {
    await startSettings()
    const { wrapper, i18n } = mountSwitch()
    await flushPromises()
    await wrapper.trigger('click')
    await flushPromises()
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(wrapper.text()).toBe('ภาษาไทย')
    expect(await readSetting(db, 'locale')).toBe('en')

    await wrapper.trigger('click')
    await flushPromises()
    expect(i18n.global.locale.value).toBe('th')
    expect(document.documentElement.lang).toBe('th')
    expect(await readSetting(db, 'locale')).toBe('th')
  })

  it('applies a stored choice at start-up', async () => {
    await writeSetting(db, 'locale', 'en')
    const loading = startSettings()
    const { wrapper, i18n } = mountSwitch()
    await loading
    await flushPromises()
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(wrapper.text()).toBe('ภาษาไทย')
  })

  it('keeps a tap made before the stored settings were read', async () => {
    const loading = startSettings()
    const { wrapper, i18n } = mountSwitch()
    await wrapper.trigger('click')
    await loading
    await flushPromises()
    expect(i18n.global.locale.value).toBe('en')
  })
})
