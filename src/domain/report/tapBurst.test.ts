import { describe, expect, it } from 'vitest'
import { LOGO_TAP_BURST, registerTap } from './tapBurst'

/** Feeds taps one by one and returns the tap (by position) that triggered, if any. */
function triggersAt(times: number[]): number[] {
  let taps: number[] = []
  const triggered: number[] = []
  times.forEach((at, index) => {
    const result = registerTap(taps, at)
    taps = result.taps
    if (result.triggered) triggered.push(index)
  })
  return triggered
}

describe('registerTap (logo ×5 within 3 s)', () => {
  it('uses five taps within three seconds', () => {
    expect(LOGO_TAP_BURST).toEqual({ taps: 5, withinMs: 3000 })
  })

  it('triggers on the fifth quick tap and not before', () => {
    expect(triggersAt([0, 200, 400, 600, 800])).toEqual([4])
    expect(triggersAt([0, 200, 400, 600])).toEqual([])
  })

  it('triggers when the five taps span just under three seconds', () => {
    expect(triggersAt([0, 1000, 2000, 2500, 2999])).toEqual([4])
  })

  it('does not trigger when the five taps span three seconds or more', () => {
    expect(triggersAt([0, 1000, 2000, 2500, 3000])).toEqual([])
  })

  it('keeps counting with a sliding window: old taps drop out, recent ones still count', () => {
    // Taps at 0 and 100 fall out of the window by 3200; the next five within 3 s trigger.
    expect(triggersAt([0, 100, 3200, 3300, 3400, 3500, 3600])).toEqual([6])
  })

  it('starts over after triggering, so a sixth tap does not trigger again', () => {
    expect(triggersAt([0, 100, 200, 300, 400, 500])).toEqual([4])
    expect(triggersAt([0, 100, 200, 300, 400, 500, 600, 700, 800, 900])).toEqual([4, 9])
  })

  it('starts over when the clock runs backwards', () => {
    expect(triggersAt([5000, 5100, 5200, 5300, 100])).toEqual([])
  })

  it('honours a custom rule', () => {
    expect(registerTap([0, 10], 20, { taps: 3, withinMs: 50 })).toEqual({ taps: [], triggered: true })
    expect(registerTap([0, 10], 59, { taps: 3, withinMs: 50 })).toEqual({ taps: [10, 59], triggered: false })
  })
})
