import { defineStore } from 'pinia'
import { ref } from 'vue'
import { appDatabase, type SafeSpaceDb } from '@/data/database'
import { readSettings, writeSetting, type SettingKey, type SettingValues } from '@/data/settingsRepository'
import type { LocalizedText } from '@common/place'
import { parseExitUrl, parseFlag, parseLocale, SETTING_NOT_SAVED } from '@/domain/settingsValues'
import { LOCALES, type Locale } from '@/locales'

/** The person's settings, read from IndexedDB by `load()` and written back by each setter. */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>('th')
  const safetyNoticeDismissed = ref(false)
  /** The person's own quick-exit page; null means the app's default. */
  const exitUrl = ref<string | null>(null)
  const loaded = ref(false)
  /** Set when the last change took effect but could not be stored. */
  const saveProblem = ref<LocalizedText | null>(null)

  // Kept in the closure, never in state.
  let db: SafeSpaceDb | undefined
  let loading: Promise<void> | undefined

  function database(): SafeSpaceDb {
    db ??= appDatabase()
    return db
  }

  // A change made while the stored settings are still being read wins over what was stored.
  const changedBeforeLoad = new Set<SettingKey>()

  async function readStored(): Promise<void> {
    // Unreadable storage leaves the defaults: Thai, notice not dismissed, default exit page.
    const stored = await readSettings(database()).catch((): Partial<Record<SettingKey, unknown>> => ({}))
    if (!changedBeforeLoad.has('locale')) locale.value = parseLocale(stored.locale, LOCALES) ?? 'th'
    if (!changedBeforeLoad.has('safetyNoticeDismissed')) safetyNoticeDismissed.value = parseFlag(stored.safetyNoticeDismissed)
    if (!changedBeforeLoad.has('exitUrl')) exitUrl.value = parseExitUrl(stored.exitUrl)
    loaded.value = true
  }

  /** Reads the stored settings once; `db` is for tests. */
  function load(options: { db?: SafeSpaceDb } = {}): Promise<void> {
    db ??= options.db
    loading ??= readStored()
    return loading
  }

  async function save<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
    if (!loaded.value) changedBeforeLoad.add(key)
    try {
      await writeSetting(database(), key, value)
      saveProblem.value = null
    } catch {
      saveProblem.value = SETTING_NOT_SAVED
    }
  }

  /** Switches the app's language and remembers it. */
  async function setLocale(next: Locale): Promise<void> {
    locale.value = next
    await save('locale', next)
  }

  /** Remembers whether the safety notice was dismissed. */
  async function setSafetyNoticeDismissed(dismissed: boolean): Promise<void> {
    safetyNoticeDismissed.value = dismissed
    await save('safetyNoticeDismissed', dismissed)
  }

  /** Sets the quick-exit page (null = the app's default); false, and nothing changes, for a non-http(s) address. */
  async function setExitUrl(url: string | null): Promise<boolean> {
    const next = url === null ? null : parseExitUrl(url)
    if (url !== null && next === null) return false
    exitUrl.value = next
    await save('exitUrl', next)
    return true
  }

  return { locale, safetyNoticeDismissed, exitUrl, loaded, saveProblem, load, setLocale, setSafetyNoticeDismissed, setExitUrl }
})
