/** How many taps, within how long, open the hidden screen; a pause this long ends a burst. */
export interface TapBurstRule {
  taps: number
  withinMs: number
  pauseMs: number
}

export const LOGO_TAP_BURST: TapBurstRule = { taps: 5, withinMs: 3000, pauseMs: 800 }

/**
 * Adds one tap at `at` (ms, any monotonic clock) to the current burst and returns the burst. A pause
 * of `pauseMs` or more since the last tap starts a new burst; so does a clock that runs backwards.
 */
export function registerTap(burst: readonly number[], at: number, rule: TapBurstRule = LOGO_TAP_BURST): number[] {
  const last = burst[burst.length - 1]
  return last === undefined || at < last || at - last >= rule.pauseMs ? [at] : [...burst, at]
}

/**
 * Whether a finished burst (no tap for `pauseMs`) opens the hidden screen: exactly `taps` taps within
 * `withinMs`. Any other burst does nothing, so tapping too often never opens or closes anything.
 */
export function burstOpens(burst: readonly number[], rule: TapBurstRule = LOGO_TAP_BURST): boolean {
  const first = burst[0]
  const last = burst[burst.length - 1]
  return burst.length === rule.taps && first !== undefined && last !== undefined && last - first < rule.withinMs
}
