/** The parts of a ServiceWorkerRegistration this module reads (a fake in unit tests). */
export interface WatchedRegistration extends EventTarget {
  readonly installing: WatchedWorker | null
  readonly waiting: WatchedWorker | null
  readonly active: WatchedWorker | null
}

/** The parts of a ServiceWorker this module reads and the message it sends. */
export interface WatchedWorker extends EventTarget {
  readonly state: ServiceWorkerState
  postMessage(message: unknown): void
}

/** The parts of navigator.serviceWorker this module reads. */
export interface WatchedContainer extends EventTarget {
  readonly controller: unknown
}

export interface WorkerEvents {
  /** The service worker holds the whole app: it opens with no signal. */
  saved(): void
  /** A new version is installed and waits for the person. */
  newVersionWaiting(): void
}

/** The message the generated service worker answers with `skipWaiting()` (vite-plugin-pwa, `registerType: 'prompt'`). */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const

/**
 * Follows a registration from the moment the app looks at it, whatever happened before: a version
 * already waiting, one still installing (found by the browser's own update check on this very
 * navigation, before the app registered), or one found later. A worker that finished installing
 * while the page has a controller is a new version; without a controller it is the first install.
 */
export function watchRegistration(registration: WatchedRegistration, container: WatchedContainer, events: WorkerEvents): void {
  const followed = new WeakSet<WatchedWorker>()

  function installed(): void {
    if (container.controller) events.newVersionWaiting()
    else events.saved()
  }

  function follow(worker: WatchedWorker | null): void {
    if (!worker || followed.has(worker)) return
    followed.add(worker)
    if (worker.state === 'installed') {
      installed()
      return
    }
    worker.addEventListener('statechange', function changed() {
      if (worker.state === 'installed') installed()
      if (worker.state === 'installed' || worker.state === 'redundant') worker.removeEventListener('statechange', changed)
    })
  }

  if (registration.active) events.saved()
  follow(registration.waiting)
  follow(registration.installing)
  registration.addEventListener('updatefound', () => follow(registration.installing))
}

/**
 * Lets the waiting version take over and reloads this page once it controls it. Only the page
 * whose person asked reloads: another tab that sees the switch keeps its half-filled form. If the
 * switch has not happened after `fallbackMs` (the browser lets the old version finish what it is
 * serving first), the page reloads anyway, as the person asked; with nothing waiting (another tab
 * already switched), at once.
 */
export function takeWaitingVersion(
  registration: WatchedRegistration,
  container: WatchedContainer,
  reload: () => void,
  fallbackMs: number,
): void {
  let reloaded = false
  const reloadOnce = (): void => {
    if (reloaded) return
    reloaded = true
    reload()
  }
  const waiting = registration.waiting
  if (!waiting) {
    reloadOnce()
    return
  }
  container.addEventListener('controllerchange', reloadOnce, { once: true })
  waiting.postMessage(SKIP_WAITING_MESSAGE)
  setTimeout(reloadOnce, fallbackMs)
}
