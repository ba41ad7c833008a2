import { ref, type Ref } from 'vue'
import { useSettingsStore } from '@/stores/settings'
import { useViewStore } from '@/stores/view'

/**
 * On the first run, opens the safety notice as soon as the settings are read, unless the person
 * has already moved on to another screen. `checked` turns true once that decision is made.
 */
export function useSafetyNoticeOnFirstRun(): { checked: Ref<boolean> } {
  const settings = useSettingsStore()
  const view = useViewStore()
  const checked = ref(false)
  // The map is not held back while IndexedDB opens: a blocked database must never leave a blank screen.
  void settings
    .load()
    .catch(() => undefined)
    .then(() => {
      if (!settings.safetyNoticeDismissed && view.screen === 'home') view.open('safety')
      checked.value = true
    })
  return { checked }
}

/** "I understand": remembered, so the notice never opens by itself again; back to the map. */
export function dismissSafetyNotice(): void {
  const view = useViewStore()
  void useSettingsStore().setSafetyNoticeDismissed(true)
  view.goHome()
}
