import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { readSettings, writeSetting } from '@/data/settingsRepository'
import { useFreshDatabase } from '@/data/testFixtures'
import { SETTING_NOT_SAVED } from '@/domain/settingsValues'
import { useSettingsStore } from './settings'

const database = useFreshDatabase()
beforeEach(() => {
  setActivePinia(createPinia())
})

/** The store as a fresh start of the app would load it. */
async function reopened() {
  setActivePinia(createPinia())
  const settings = useSettingsStore()
  await settings.load({ db: database() })
  return settings
}

describe('useSettingsStore', () => {
  it('starts in Thai, notice not dismissed, default exit page', async () => {
    const settings = useSettingsStore()
    await settings.load({ db: database() })
    expect(settings.$state).toEqual({ locale: 'th', safetyNoticeDismissed: false, exitUrl: null, loaded: true, saveProblem: null })
  })

  it('remembers every setting across starts', async () => {
    const settings = useSettingsStore()
    await settings.load({ db: database() })
    await settings.setLocale('en')
    await settings.setSafetyNoticeDismissed(true)
    expect(await settings.setExitUrl('https://www.tmd.go.th/')).toBe(true)

    const again = await reopened()
    expect(again.locale).toBe('en')
    expect(again.safetyNoticeDismissed).toBe(true)
    expect(again.exitUrl).toBe('https://www.tmd.go.th/')
  })

  it('keeps a choice made while the stored settings are still being read', async () => {
    await writeSetting(database(), 'locale', 'th')
    const settings = useSettingsStore()
    const loading = settings.load({ db: database() })
    await settings.setLocale('en')
    await loading
    expect(settings.locale).toBe('en')
    expect((await reopened()).locale).toBe('en')
  })

  it('goes back to the default exit page', async () => {
    await writeSetting(database(), 'exitUrl', 'https://www.tmd.go.th/')
    const settings = await reopened()
    expect(await settings.setExitUrl(null)).toBe(true)
    expect((await reopened()).exitUrl).toBeNull()
  })

  it('refuses an exit page that is not an http(s) address and keeps the old one', async () => {
    const settings = useSettingsStore()
    await settings.load({ db: database() })
    await settings.setExitUrl('https://www.tmd.go.th/')
    expect(await settings.setExitUrl('javascript:alert(1)')).toBe(false)
    expect(settings.exitUrl).toBe('https://www.tmd.go.th/')
    expect((await readSettings(database())).exitUrl).toBe('https://www.tmd.go.th/')
  })

  it('falls back to defaults for malformed stored values', async () => {
    await database().settings.bulkPut([
      { key: 'locale', value: 'fr' },
      { key: 'safetyNoticeDismissed', value: 'yes' },
      { key: 'exitUrl', value: 'javascript:alert(1)' },
    ])
    const settings = await reopened()
    expect(settings.locale).toBe('th')
    expect(settings.safetyNoticeDismissed).toBe(false)
    expect(settings.exitUrl).toBeNull()
  })

  it('keeps a change working for now when it cannot be stored, and says so', async () => {
    const settings = useSettingsStore()
    await settings.load({ db: database() })
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await settings.setLocale('en')
    vi.restoreAllMocks()

    expect(settings.locale).toBe('en')
    expect(settings.saveProblem).toEqual(SETTING_NOT_SAVED)
    expect((await readSettings(database())).locale).toBeUndefined()

    await settings.setLocale('th')
    expect(settings.saveProblem).toBeNull()
  })

  it('loads with defaults when storage cannot be read', async () => {
    vi.spyOn(database().settings, 'toArray').mockRejectedValue(new DOMException('no IndexedDB here', 'InvalidStateError'))
    const settings = useSettingsStore()
    await settings.load({ db: database() })
    expect(settings.loaded).toBe(true)
    expect(settings.locale).toBe('th')
  })
})
