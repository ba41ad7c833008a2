import { describe, expect, it } from 'vitest'
import { nextDelay, RETRY_BASE_MS, RETRY_CAP_MS } from './backoff'

describe('nextDelay (exponential backoff with equal jitter)', () => {
  it('waits between half and all of the base after the first failure', () => {
    expect(nextDelay(1, 0)).toBe(RETRY_BASE_MS / 2)
    expect(nextDelay(1, 0.999999)).toBeCloseTo(RETRY_BASE_MS, -1)
    expect(nextDelay(1, 0.5)).toBe(RETRY_BASE_MS * 0.75)
  })

  it('doubles the step with each failure', () => {
    expect(nextDelay(2, 0)).toBe(RETRY_BASE_MS)
    expect(nextDelay(3, 0)).toBe(RETRY_BASE_MS * 2)
    expect(nextDelay(4, 0)).toBe(RETRY_BASE_MS * 4)
  })

  it('never exceeds the cap, even after very many failures', () => {
    for (const attempt of [10, 50, 1000, 1e6, Number.MAX_SAFE_INTEGER]) {
      expect(nextDelay(attempt, 0.999999)).toBeLessThanOrEqual(RETRY_CAP_MS)
      expect(nextDelay(attempt, 0)).toBe(RETRY_CAP_MS / 2)
    }
  })

  it('never waits zero, so a failing server is not hammered', () => {
    for (const attempt of [0, 1, 2, 5]) expect(nextDelay(attempt, 0)).toBeGreaterThan(0)
  })

  it('treats attempt 0 or below like the first failure', () => {
    expect(nextDelay(0, 0.3)).toBe(nextDelay(1, 0.3))
    expect(nextDelay(-4, 0.3)).toBe(nextDelay(1, 0.3))
  })

  it('clamps a random value outside [0, 1)', () => {
    expect(nextDelay(1, -1)).toBe(nextDelay(1, 0))
    expect(nextDelay(1, 7)).toBe(RETRY_BASE_MS)
  })

  it('spreads phones that failed together across the jitter range', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75].map((r) => nextDelay(3, r)))
    expect(delays.size).toBe(4)
  })
})
