import { readonly, ref } from 'vue'

/**
 * Whether the app is saved for use without internet: `unknown` until the service worker is
 * registered, `saving` while it downloads the app (its precache), `saved` once that is complete, and
 * `unsupported` where the browser has no service workers (the app then needs the internet each time).
 */
export type OfflineCopy = 'unknown' | 'saving' | 'saved' | 'unsupported'

const offlineCopyState = ref<OfflineCopy>('unknown')
const needRefreshState = ref(false)
let applyUpdate: () => Promise<void> = () => Promise.resolve()
let registering: Promise<void> | undefined

/** Whether the app is saved for offline use (see OfflineCopy); read-only. */
export const offlineCopy = readonly(offlineCopyState)
/** A new version of the app is waiting; it takes over only when the person asks (`updateApp`). */
export const needRefresh = readonly(needRefreshState)

/**
 * Registers the service worker once; workbox-window loads only now. A worker that is already active
 * installed its whole precache before it could activate, so the app is saved; a first install says
 * so when it has finished (vite-plugin-pwa's `onOfflineReady`, on workbox's `installed` event).
 */
export function registerServiceWorker(): Promise<void> {
  registering ??= (async () => {
    if (!('serviceWorker' in navigator)) {
      offlineCopyState.value = 'unsupported'
      return
    }
    offlineCopyState.value = 'saving'
    const { registerSW } = await import('virtual:pwa-register')
    applyUpdate = registerSW({
      immediate: true,
      onRegisteredSW: (_url, registration) => {
        if (registration?.active) offlineCopyState.value = 'saved'
      },
      onOfflineReady: () => {
        offlineCopyState.value = 'saved'
      },
      onNeedRefresh: () => {
        needRefreshState.value = true
      },
    })
  })()
  return registering
}

/** Lets the waiting version take over; the page reloads once it controls it. */
export function updateApp(): Promise<void> {
  return applyUpdate()
}

/** Hides the update offer until the next time a new version is found. */
export function postponeUpdate(): void {
  needRefreshState.value = false
}
