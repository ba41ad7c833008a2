import { describe, expect, it } from 'vitest'
import {
  NO_SHIFT_PRESSES,
  pressesRemaining,
  pressOtherKey,
  pressShift,
  shouldExit,
  SHIFT_PRESS_WINDOW_MS,
  type ShiftCount,
} from './shiftTripleCounter'

type Key = { shiftAt: number } | 'other'

function replay(keys: Key[]): ShiftCount {
  return keys.reduce<ShiftCount>((count, key) => (key === 'other' ? pressOtherKey() : pressShift(count, key.shiftAt)), NO_SHIFT_PRESSES)
}

describe('shift triple counter', () => {
  it('exits on the third Shift press within 5 s of each other', () => {
    const count = replay([{ shiftAt: 0 }, { shiftAt: 1000 }, { shiftAt: 2000 }])
    expect(shouldExit(count)).toBe(true)
    expect(pressesRemaining(count)).toBe(0)
  })

  it('counts down the presses that remain', () => {
    expect(pressesRemaining(NO_SHIFT_PRESSES)).toBe(3)
    expect(pressesRemaining(replay([{ shiftAt: 0 }]))).toBe(2)
    expect(pressesRemaining(replay([{ shiftAt: 0 }, { shiftAt: 10 }]))).toBe(1)
    expect(shouldExit(replay([{ shiftAt: 0 }, { shiftAt: 10 }]))).toBe(false)
  })

  it('allows each press up to exactly 5 s after the last, so a slow but steady person still exits', () => {
    const count = replay([{ shiftAt: 0 }, { shiftAt: SHIFT_PRESS_WINDOW_MS }, { shiftAt: 2 * SHIFT_PRESS_WINDOW_MS }])
    expect(shouldExit(count)).toBe(true)
  })

  it('starts a new run when a press comes more than 5 s after the last', () => {
    const count = replay([{ shiftAt: 0 }, { shiftAt: 1000 }, { shiftAt: 1000 + SHIFT_PRESS_WINDOW_MS + 1 }])
    expect(count.presses).toBe(1)
    expect(shouldExit(count)).toBe(false)
  })

  it('resets on any other key: Shift, Shift, a, Shift does not exit', () => {
    const count = replay([{ shiftAt: 0 }, { shiftAt: 100 }, 'other', { shiftAt: 200 }])
    expect(count.presses).toBe(1)
    expect(shouldExit(count)).toBe(false)
  })
})
