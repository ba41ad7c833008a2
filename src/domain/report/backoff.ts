/** First retry waits about this long; each later failure doubles it. */
export const RETRY_BASE_MS = 5_000
/** No retry waits longer than this, so a report goes out soon after the line comes back. */
export const RETRY_CAP_MS = 10 * 60_000

/**
 * Delay before the next try after `attempt` failed tries (1 = the first failed), with "equal jitter":
 * between half and all of the capped exponential step, so phones that failed together spread out.
 * `random` is a number in [0, 1).
 */
export function nextDelay(attempt: number, random: number): number {
  const step = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1))
  const jitter = Math.min(Math.max(random, 0), 1)
  return Math.round(step / 2 + (step / 2) * jitter)
}
