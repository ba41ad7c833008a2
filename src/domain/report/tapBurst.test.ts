import { describe, expect, it } from 'vitest'
import { LOGO_TAP_BURST, burstOpens, registerTap } from './tapBurst'

/** Feeds taps one by one, as the logo does, and returns the bursts they make (a pause ends one). */
function burstsOf(times: number[]): number[][] {
  const bursts: number[][] = []
  let taps: number[] = []
  for (const at of times) {
    const next = registerTap(taps, at)
    if (next.length === 1 && taps.length > 0) bursts.push(taps)
    taps = next
  }
  return taps.length > 0 ? [...bursts, taps] : bursts
}

/** Which bursts (by position) open the form once each has settled. */
function opening(times: number[]): number[] {
  return burstsOf(times).flatMap((burst, index) => (burstOpens(burst) ? [index] : []))
}

describe('logo tap bursts (exactly five taps within three seconds)', () => {
  it('uses five taps within three seconds; a pause of 800 ms ends a burst', () => {
    expect(LOGO_TAP_BURST).toEqual({ taps: 5, withinMs: 3000, pauseMs: 800 })
  })

  it('opens on a burst of exactly five quick taps', () => {
    expect(opening([0, 200, 400, 600, 800])).toEqual([0])
  })

  it('does nothing for a burst of one to four taps', () => {
    for (let count = 1; count <= 4; count++) {
      expect(opening([0, 200, 400, 600].slice(0, count))).toEqual([])
    }
  })

  it('does nothing for a burst of six or more: a sixth tap cancels, it never opens or closes anything', () => {
    expect(opening([0, 200, 400, 600, 800, 1000])).toEqual([])
    expect(opening([0, 100, 200, 300, 400, 500, 600, 700, 800, 900])).toEqual([])
  })

  it('opens when the five taps span just under three seconds, not when they take three seconds or more', () => {
    expect(opening([0, 750, 1500, 2250, 2999])).toEqual([0])
    expect(opening([0, 750, 1500, 2250, 3000])).toEqual([])
  })

  it('starts a new burst after a pause, so earlier stray taps do not spoil the next five', () => {
    expect(burstsOf([0, 100, 1000, 1100, 1200, 1300, 1400])).toEqual([[0, 100], [1000, 1100, 1200, 1300, 1400]])
    expect(opening([0, 100, 1000, 1100, 1200, 1300, 1400])).toEqual([1])
  })

  it('starts over when the clock runs backwards', () => {
    expect(registerTap([5000, 5100], 100)).toEqual([100])
  })

  it('honours a custom rule', () => {
    const rule = { taps: 3, withinMs: 50, pauseMs: 30 }
    expect(registerTap([0, 10], 20, rule)).toEqual([0, 10, 20])
    expect(registerTap([0, 10], 40, rule)).toEqual([40])
    expect(burstOpens([0, 10, 20], rule)).toBe(true)
    expect(burstOpens([0, 25, 50], rule)).toBe(false)
  })
})
