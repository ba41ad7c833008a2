// The quick-exit keyboard shortcut: Shift pressed three times, each press within 5 s of the last.
// Any other key resets the count. Times are passed in (milliseconds), so the machine has no timers.

export const SHIFT_PRESSES_TO_EXIT = 3
export const SHIFT_PRESS_WINDOW_MS = 5000

export interface ShiftCount {
  /** Shift presses counted so far in the current run (0 = none). */
  presses: number
  /** When the last counted press happened; null when the count is empty. */
  lastPressAt: number | null
}

/** The empty count: nothing pressed yet, or reset by another key. */
export const NO_SHIFT_PRESSES: ShiftCount = { presses: 0, lastPressAt: null }

/** The count after a Shift press at `at`; a press more than 5 s after the last one starts a new run. */
export function pressShift(count: ShiftCount, at: number): ShiftCount {
  const continues = count.lastPressAt !== null && at - count.lastPressAt <= SHIFT_PRESS_WINDOW_MS
  return { presses: continues ? count.presses + 1 : 1, lastPressAt: at }
}

/** The count after any key other than Shift: empty. */
export function pressOtherKey(): ShiftCount {
  return NO_SHIFT_PRESSES
}

/** True when the count has reached three presses: the person asked to exit. */
export function shouldExit(count: ShiftCount): boolean {
  return count.presses >= SHIFT_PRESSES_TO_EXIT
}

/** How many more Shift presses exit (0 when the count has reached three). */
export function pressesRemaining(count: ShiftCount): number {
  return Math.max(0, SHIFT_PRESSES_TO_EXIT - count.presses)
}
