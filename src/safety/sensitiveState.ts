// In-memory sensitive state (report drafts, a typed search, the device position) is wiped before a
// quick exit leaves, so nothing survives in a page the browser might keep in its back/forward cache.

const wipes = new Set<() => void>()

/**
 * Registers a function that wipes in-memory drafts or form state when the person quick-exits.
 * Returns the function that unregisters it (call it on unmount).
 */
export function onQuickExit(wipe: () => void): () => void {
  // A fresh wrapper per registration, so registering the same function twice needs two unregisters.
  const entry = (): void => wipe()
  wipes.add(entry)
  return () => {
    wipes.delete(entry)
  }
}

/** Runs every registered wipe; one that throws never stops the others or the exit itself. */
export function wipeSensitiveState(): void {
  for (const wipe of [...wipes]) {
    try {
      wipe()
    } catch {
      // Leaving quickly matters more than a broken wipe; the page is about to be replaced anyway.
    }
  }
}
