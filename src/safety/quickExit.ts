import './quickExit.css'
import { wipeSensitiveState } from './sensitiveState'

/** The class on <html> that hides the whole page (see quickExit.css). */
export const HIDE_CLASS = 'quick-exit-hide'
const OVERLAY_CLASS = 'quick-exit-overlay'

export interface QuickExitEnvironment {
  document: Document
  /** Opens `url` in place of this page, without a history entry to come back to. */
  leave: (url: string) => void
  /** Wipes in-memory sensitive state. */
  wipe: () => void
}

export interface QuickExit {
  /** Hides everything, shows a neutral "loading" screen, wipes sensitive state and leaves for `url`. */
  exit: (url: string, loadingText: string) => void
  /** `pageshow` listener: a page restored from the back/forward cache after an exit stays hidden and leaves again. */
  handlePageShow: (event: PageTransitionEvent) => void
}

/** Quick exit against an injectable environment (tests pass a fake `leave`). */
export function createQuickExit(env: QuickExitEnvironment): QuickExit {
  let exitedTo: { url: string; loadingText: string } | null = null

  function hidePage(loadingText: string): void {
    const doc = env.document
    doc.documentElement.classList.add(HIDE_CLASS)
    // The tab switcher shows the title until the neutral page arrives.
    doc.title = loadingText
    if (doc.querySelector(`.${OVERLAY_CLASS}`)) return
    const overlay = doc.createElement('div')
    overlay.className = OVERLAY_CLASS
    overlay.setAttribute('role', 'alert')
    overlay.textContent = loadingText
    doc.body.append(overlay)
  }

  return {
    exit(url, loadingText) {
      exitedTo = { url, loadingText }
      hidePage(loadingText)
      env.wipe()
      env.leave(url)
    },
    handlePageShow(event) {
      if (!event.persisted || exitedTo === null) return
      // The DOM was frozen hidden, but hide again in case anything re-rendered before the freeze.
      hidePage(exitedTo.loadingText)
      env.leave(exitedTo.url)
    },
  }
}

/** The app's quick exit: `location.replace`, so Back never returns to the app. */
export const quickExit: QuickExit = createQuickExit({
  document,
  leave: (url) => window.location.replace(url),
  wipe: wipeSensitiveState,
})
