// The CLI prints the presenter link with its key after `#` (`/workshop#key=…`), which browsers never
// send to a server: the page posts it once and takes it out of the address bar.
const KEY_FRAGMENT = /^#key=([A-Za-z0-9_-]{16,200})$/

/** The presenter key in `hash` (location.hash), or null when there is none or it is not one. */
export function parsePresenterKey(hash: string): string | null {
  return KEY_FRAGMENT.exec(hash)?.[1] ?? null
}

/** Removes the key from the address bar without a new history entry (Back never shows it again). */
export function forgetKeyInAddress(location: Pick<Location, 'pathname' | 'search'>, history: Pick<History, 'replaceState'>): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`)
}
