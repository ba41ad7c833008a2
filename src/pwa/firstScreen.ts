import { watch, type WatchSource } from 'vue'

/** Performance mark set when the first screen counts as shown (the budget test and the bench read it). */
export const FIRST_SCREEN_SHOWN_MARK = 'first-screen-shown'
// Set by the map (src/map/placeMap.ts) once its first markers are on the canvas.
const FIRST_MARKER_PAINTED_MARK = 'first-marker-painted'

/**
 * How long another screen (the first-run safety notice) may show before the work starts anyway.
 * Not at once: on a first run the person is about to open the map, which must not compete with the
 * service worker's download; but someone who reads for a while should still get the offline copy.
 */
export const OTHER_SCREEN_GRACE_MS = 15_000

/** What the app shell knows about its first screen. */
export interface FirstScreenSignals {
  /** The map has nothing to paint (no data, or the data could not be loaded). */
  nothingToPaint: WatchSource<boolean>
  /** A screen other than the map is showing (the first-run safety notice, or the person moved on). */
  otherScreenShown: WatchSource<boolean>
}

let markShown: () => void = () => undefined
const shown = new Promise<void>((resolve) => {
  markShown = () => {
    if (performance.getEntriesByName(FIRST_SCREEN_SHOWN_MARK).length === 0) performance.mark(FIRST_SCREEN_SHOWN_MARK)
    resolve()
  }
})

/** Resolves once the first screen is on show; start-up work the first screen does not need waits for it. */
export function whenFirstScreenShown(): Promise<void> {
  return shown
}

// Calls `then` once the page has (or gets) a performance mark of that name; returns a function that stops watching.
function watchMark(name: string, then: () => void): () => void {
  if (performance.getEntriesByName(name).length > 0) {
    then()
    return () => undefined
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName(name).length > 0) then()
  })
  observer.observe({ type: 'mark' })
  return () => observer.disconnect()
}

/**
 * Decides when the first screen (the map with its places) counts as shown: its markers are painted,
 * it has none to paint, another screen has been showing for OTHER_SCREEN_GRACE_MS, or the app went
 * to the background before any of that. Call once, from the app shell.
 */
export function watchFirstScreen(signals: FirstScreenSignals): void {
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') markShown()
  }
  document.addEventListener('visibilitychange', onHidden)
  const stopWatchingMark = watchMark(FIRST_MARKER_PAINTED_MARK, markShown)
  const stopWatchingData = watch(signals.nothingToPaint, (nothing) => nothing && markShown(), { immediate: true })
  let graceTimer: ReturnType<typeof setTimeout> | undefined
  const stopWatchingScreens = watch(
    signals.otherScreenShown,
    (other) => {
      clearTimeout(graceTimer)
      if (other) graceTimer = setTimeout(markShown, OTHER_SCREEN_GRACE_MS)
    },
    { immediate: true },
  )
  void shown.then(() => {
    document.removeEventListener('visibilitychange', onHidden)
    stopWatchingMark()
    stopWatchingData()
    stopWatchingScreens()
    clearTimeout(graceTimer)
  })
}
