import { watch, type WatchSource } from 'vue'

/** Performance mark set when the first screen counts as shown (the budget test and the bench read it). */
export const FIRST_SCREEN_SHOWN_MARK = 'first-screen-shown'
// Set by the map (src/map/placeMap.ts) once its first markers are on the canvas.
const FIRST_MARKER_PAINTED_MARK = 'first-marker-painted'

/**
 * Another screen (the first-run safety notice) is the first screen: once it is on show and the
 * browser is idle, the work waiting for the first screen starts — above all the service worker,
 * whose offline copy should be complete before a person who only read the notice leaves. Idle time
 * is waited for at most this long.
 */
export const OTHER_SCREEN_IDLE_TIMEOUT_MS = 2_000

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

// Calls `then` when the browser is next idle (at most OTHER_SCREEN_IDLE_TIMEOUT_MS later); returns a function that cancels it.
function whenIdle(then: () => void): () => void {
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    // The pair in use now: a later cancel must not depend on what the page's globals have become.
    const cancel = cancelIdleCallback
    const id = requestIdleCallback(then, { timeout: OTHER_SCREEN_IDLE_TIMEOUT_MS })
    return () => cancel(id)
  }
  const id = setTimeout(then, OTHER_SCREEN_IDLE_TIMEOUT_MS)
  return () => clearTimeout(id)
}

/**
 * Calls `then` once, when the browser is idle after the map has painted its first markers: for code
 * the map screen will want soon (the place sheet's details) but not for its first paint.
 */
export function whenIdleAfterMapPainted(then: () => void): void {
  let painted = false
  const stopWatching = watchMark(FIRST_MARKER_PAINTED_MARK, () => {
    if (painted) return
    painted = true
    // Later: the mark may already be there, and then this runs before watchMark has returned.
    queueMicrotask(() => stopWatching())
    whenIdle(then)
  })
}

/**
 * Decides when the first screen counts as shown: the map's markers are painted, it has none to
 * paint, another screen (the first-run safety notice) is showing and the browser is idle, or the app
 * went to the background before any of that. Call once, from the app shell.
 */
export function watchFirstScreen(signals: FirstScreenSignals): void {
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') markShown()
  }
  document.addEventListener('visibilitychange', onHidden)
  const stopWatchingMark = watchMark(FIRST_MARKER_PAINTED_MARK, markShown)
  const stopWatchingData = watch(signals.nothingToPaint, (nothing) => nothing && markShown(), { immediate: true })
  let cancelIdle: () => void = () => undefined
  const stopWatchingScreens = watch(
    signals.otherScreenShown,
    (other) => {
      cancelIdle()
      if (other) cancelIdle = whenIdle(markShown)
    },
    { immediate: true },
  )
  void shown.then(() => {
    document.removeEventListener('visibilitychange', onHidden)
    stopWatchingMark()
    stopWatchingData()
    stopWatchingScreens()
    cancelIdle()
  })
}
