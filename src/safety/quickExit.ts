import './quickExit.css'
import { createExitSignal } from './exitSignal'
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
  /** Tells the app's other open tabs to leave too. */
  announce: () => void
}

export interface QuickExit {
  /** Hides everything, shows a neutral "loading" screen, wipes sensitive state, tells the other tabs and leaves for `url`. */
  exit: (url: string, loadingText: string) => void
  /**
   * The same exit, but `work` (e.g. deleting stored data) runs after the page is hidden and the other
   * tabs were told to leave, and before this one leaves; a failing `work` never stops the exit.
   */
  exitAfter: (url: string, loadingText: string, work: () => Promise<void>) => Promise<void>
  /** The same exit, in a tab that another tab told to leave (no announcement back). */
  follow: (url: string, loadingText: string) => void
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

  function hideAndWipe(url: string, loadingText: string, announce: boolean): void {
    exitedTo = { url, loadingText }
    hidePage(loadingText)
    env.wipe()
    if (announce) env.announce()
  }

  function leave(url: string, loadingText: string, announce: boolean): void {
    hideAndWipe(url, loadingText, announce)
    env.leave(url)
  }

  return {
    exit: (url, loadingText) => leave(url, loadingText, true),
    async exitAfter(url, loadingText, work) {
      hideAndWipe(url, loadingText, true)
      await work().catch(() => undefined)
      env.leave(url)
    },
    follow: (url, loadingText) => leave(url, loadingText, false),
    handlePageShow(event) {
      if (!event.persisted || exitedTo === null) return
      // The DOM was frozen hidden, but hide again in case anything re-rendered before the freeze.
      hidePage(exitedTo.loadingText)
      env.leave(exitedTo.url)
    },
  }
}

/** Carries a quick exit to every open tab of the app. */
export const exitSignal = createExitSignal(window)

/** The app's quick exit: `location.replace`, so Back never returns to the app; every other tab leaves too. */
export const quickExit: QuickExit = createQuickExit({
  document,
  leave: (url) => window.location.replace(url),
  wipe: wipeSensitiveState,
  announce: exitSignal.announce,
})
