import { useSettingsStore } from '@/stores/settings'
import { useViewStore } from '@/stores/view'

/** A first-run check slower than this (a blocked IndexedDB) must not hold the app back: it starts on the map. */
export const FIRST_RUN_CHECK_LIMIT_MS = 1_500

/**
 * Decides the first screen before any screen mounts, so a first run never builds the map only to
 * replace it with the safety notice: the notice until it has been dismissed, else the map. Marks the
 * view store's `firstScreenDecided` once decided, or after `limitMs` (a blocked database must never
 * leave a blank screen): the app then starts on the map, and the notice still opens when the settings
 * answer, unless the person has moved on to another screen.
 */
export function openSafetyNoticeOnFirstRun(limitMs = FIRST_RUN_CHECK_LIMIT_MS): Promise<void> {
  const settings = useSettingsStore()
  const view = useViewStore()
  const decided = settings
    .load()
    .catch(() => undefined)
    .then(() => {
      if (!settings.safetyNoticeDismissed && view.screen === 'home') view.open('safety')
    })
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)))
  return Promise.race([decided, limit]).finally(() => {
    clearTimeout(timer)
    view.decideFirstScreen()
  })
}

/** "I understand": remembered, so the notice never opens by itself again; back to the map. */
export function dismissSafetyNotice(): void {
  const view = useViewStore()
  void useSettingsStore().setSafetyNoticeDismissed(true)
  view.goHome()
}
