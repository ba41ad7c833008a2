import { wipeSensitiveState } from './sensitiveState'

/**
 * Leaving the page (another site in the same tab, closing the tab) must leave no half-filled form
 * to come back to: the back/forward cache keeps the page exactly as it was. On `pagehide` every
 * registered wipe runs and the app goes back to its first screen; a `pageshow` from that cache
 * (`persisted`) does the same again. Returns the function that stops listening.
 */
export function resetOnLeave(target: Window, goHome: () => void): () => void {
  const reset = (): void => {
    wipeSensitiveState()
    goHome()
  }
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) reset()
  }
  target.addEventListener('pagehide', reset)
  target.addEventListener('pageshow', onPageShow)
  return () => {
    target.removeEventListener('pagehide', reset)
    target.removeEventListener('pageshow', onPageShow)
  }
}
