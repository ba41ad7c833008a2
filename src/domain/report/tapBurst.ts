/** How many taps, within how long, open the hidden screen. */
export interface TapBurstRule {
  taps: number
  withinMs: number
}

export const LOGO_TAP_BURST: TapBurstRule = { taps: 5, withinMs: 3000 }

/**
 * Records one tap at `at` (ms, any monotonic clock) given the recent taps, and says whether the
 * burst is complete. A completed burst starts over; a clock that runs backwards starts over too.
 */
export function registerTap(
  recent: readonly number[],
  at: number,
  rule: TapBurstRule = LOGO_TAP_BURST,
): { taps: number[]; triggered: boolean } {
  const last = recent[recent.length - 1]
  const kept = last !== undefined && at < last ? [] : recent.filter((t) => at - t < rule.withinMs)
  const taps = [...kept, at]
  return taps.length >= rule.taps ? { taps: [], triggered: true } : { taps, triggered: false }
}
