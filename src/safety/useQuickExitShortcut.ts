import { onMounted, onUnmounted, ref, type Ref } from 'vue'
import {
  NO_SHIFT_PRESSES,
  pressesRemaining,
  pressOtherKey,
  pressShift,
  shouldExit,
  SHIFT_PRESS_WINDOW_MS,
} from '@/domain/shiftTripleCounter'

/**
 * Shift pressed three times (each within 5 s) calls `exit`; any other key resets the count.
 * `remaining` is how many presses are left to announce, or null when there is nothing to say.
 */
export function useQuickExitShortcut(exit: () => void): { remaining: Ref<number | null> } {
  const remaining = ref<number | null>(null)
  let count = NO_SHIFT_PRESSES
  let expiry: ReturnType<typeof setTimeout> | undefined

  function reset(): void {
    clearTimeout(expiry)
    count = pressOtherKey()
    remaining.value = null
  }

  function onKeyDown(event: KeyboardEvent): void {
    // Holding Shift repeats the event; one held press is one press.
    if (event.repeat) return
    if (event.key !== 'Shift') {
      if (count.presses > 0) reset()
      return
    }
    count = pressShift(count, event.timeStamp)
    if (shouldExit(count)) {
      reset()
      exit()
      return
    }
    remaining.value = pressesRemaining(count)
    // Clearing the live region lets the next run announce "2 more" again instead of staying silent.
    clearTimeout(expiry)
    expiry = setTimeout(reset, SHIFT_PRESS_WINDOW_MS)
  }

  // Capture phase on window: a component that stops key events cannot swallow the shortcut.
  onMounted(() => window.addEventListener('keydown', onKeyDown, true))
  onUnmounted(() => {
    window.removeEventListener('keydown', onKeyDown, true)
    clearTimeout(expiry)
  })

  return { remaining }
}
