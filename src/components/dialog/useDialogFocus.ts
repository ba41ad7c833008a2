import { nextTick, watch, type Ref, type WatchSource } from 'vue'

function mainContent(): HTMLElement | null {
  return document.getElementById('main')
}

/**
 * Focus for a non-modal dialog (nothing else is made inert, so quick exit stays one tap away):
 * focus moves to `target` when `shownKey` becomes non-null or changes, and goes back to where it
 * was when `shownKey` returns to null, or to `fallback` when that element is gone or was the page itself.
 */
export function useDialogFocus(
  shownKey: WatchSource<string | null>,
  target: Ref<HTMLElement | null>,
  fallback: () => HTMLElement | null = mainContent,
): void {
  let returnTo: HTMLElement | null = null

  watch(shownKey, async (key, previous) => {
    if (key === null) {
      const back = returnTo
      returnTo = null
      ;(back?.isConnected ? back : fallback())?.focus()
      return
    }
    // Safari does not focus a tapped button, so the page body is no place to return to.
    if (previous === null) {
      const active = document.activeElement
      returnTo = active instanceof HTMLElement && active !== document.body ? active : null
    }
    await nextTick()
    target.value?.focus()
  })
}
