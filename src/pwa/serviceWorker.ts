import { readonly, ref } from 'vue'
import { takeWaitingVersion, watchRegistration } from './workerUpdates'

/**
 * Whether the app is saved for use without internet: `unknown` until the service worker is
 * registered, `saving` while it downloads the app (its precache), `saved` once that is complete, and
 * `unsupported` where the browser has no service workers (the app then needs the internet each time).
 */
export type OfflineCopy = 'unknown' | 'saving' | 'saved' | 'unsupported'

const offlineCopyState = ref<OfflineCopy>('unknown')
const needRefreshState = ref(false)
let registration: ServiceWorkerRegistration | undefined
let registering: Promise<void> | undefined

/** How long "update now" waits for the new version to take over before reloading anyway. */
const TAKE_OVER_FALLBACK_MS = 10_000

/** Whether the app is saved for offline use (see OfflineCopy); read-only. */
export const offlineCopy = readonly(offlineCopyState)
/** A new version of the app is waiting; it takes over only when the person asks (`updateApp`). */
export const needRefresh = readonly(needRefreshState)

/**
 * Registers the service worker once (`sw.js`, made by vite-plugin-pwa) and follows it: `saved` once
 * a worker is active or has installed the whole precache, and an update offer for a version that
 * installs while this page is controlled — including one the browser found before the app registered.
 */
export function registerServiceWorker(): Promise<void> {
  registering ??= (async () => {
    if (!('serviceWorker' in navigator)) {
      offlineCopyState.value = 'unsupported'
      return
    }
    offlineCopyState.value = 'saving'
    const base = import.meta.env.BASE_URL
    try {
      registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base })
    } catch {
      // Nothing is saved, so nothing is claimed; the app goes on working online.
      offlineCopyState.value = 'unknown'
      return
    }
    watchRegistration(registration, navigator.serviceWorker, {
      saved: () => {
        offlineCopyState.value = 'saved'
      },
      newVersionWaiting: () => {
        needRefreshState.value = true
      },
    })
  })()
  return registering
}

/** Lets the waiting version take over; this page reloads once it does. */
export function updateApp(): void {
  if (!registration) return
  takeWaitingVersion(registration, navigator.serviceWorker, () => window.location.reload(), TAKE_OVER_FALLBACK_MS)
}

/** Hides the update offer until the next time a new version is found. */
export function postponeUpdate(): void {
  needRefreshState.value = false
}
