import { nextTick, watch, type Ref, type WatchSource } from 'vue'

/**
 * Focus for a non-modal dialog (nothing else is made inert, so quick exit stays one tap away):
 * focus moves to `target` when `shownKey` becomes non-null or changes, and goes back to where it
 * was when `shownKey` returns to null.
 */
export function useDialogFocus(shownKey: WatchSource<string | null>, target: Ref<HTMLElement | null>): void {
  let returnTo: HTMLElement | null = null

  watch(shownKey, async (key, previous) => {
    if (key === null) {
      const back = returnTo
      returnTo = null
      // What opened the dialog may have re-rendered meanwhile; then the content is the next best place.
      ;(back?.isConnected ? back : document.getElementById('main'))?.focus()
      return
    }
    if (previous === null && document.activeElement instanceof HTMLElement) returnTo = document.activeElement
    await nextTick()
    target.value?.focus()
  })
}
