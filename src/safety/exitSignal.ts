/** The BroadcastChannel name, and the localStorage key of the fallback. */
export const EXIT_SIGNAL_NAME = 'safe-space-map-quick-exit'

/** How one tab's quick exit reaches every other open tab of the app. */
export interface ExitSignal {
  /** Tells every other tab to leave now. */
  announce: () => void
  /** Calls `listener` when another tab announces; returns the function that stops listening. */
  onAnnounced: (listener: () => void) => () => void
}

/**
 * A BroadcastChannel where the browser has one; else a localStorage write that fires a `storage`
 * event in every other tab, removed at once so nothing is left saying that anyone left in a hurry.
 */
export function createExitSignal(target: Window & typeof globalThis): ExitSignal {
  if (typeof target.BroadcastChannel === 'function') {
    const channel = new target.BroadcastChannel(EXIT_SIGNAL_NAME)
    return {
      announce: () => channel.postMessage('exit'),
      onAnnounced(listener) {
        const onMessage = (): void => listener()
        channel.addEventListener('message', onMessage)
        return () => channel.removeEventListener('message', onMessage)
      },
    }
  }
  return {
    announce() {
      try {
        // A new value every time: an unchanged value fires no event.
        target.localStorage.setItem(EXIT_SIGNAL_NAME, `${Date.now()}-${Math.random()}`)
        target.localStorage.removeItem(EXIT_SIGNAL_NAME)
      } catch {
        // Storage refused (private mode, quota): this tab still leaves.
      }
    },
    onAnnounced(listener) {
      const onStorage = (event: StorageEvent): void => {
        if (event.key === EXIT_SIGNAL_NAME && event.newValue !== null) listener()
      }
      target.addEventListener('storage', onStorage)
      return () => target.removeEventListener('storage', onStorage)
    },
  }
}
