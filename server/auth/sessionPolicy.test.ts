import { describe, expect, it } from 'vitest'
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionStatus, shouldTouchSession } from './sessionPolicy'

const signIn = new Date('2026-12-01T08:00:00Z')
const after = (ms: number) => new Date(signIn.getTime() + ms)

describe('sessionStatus', () => {
  it('is active while used within the idle limit', () => {
    expect(sessionStatus({ createdAt: signIn, lastSeenAt: signIn }, after(SESSION_IDLE_MS - 1))).toBe('active')
  })

  it('ends after the idle limit without use', () => {
    expect(sessionStatus({ createdAt: signIn, lastSeenAt: signIn }, after(SESSION_IDLE_MS))).toBe('idle')
  })

  it('ends at the absolute limit even when used a moment ago', () => {
    const busy = { createdAt: signIn, lastSeenAt: after(SESSION_ABSOLUTE_MS - 1000) }
    expect(sessionStatus(busy, after(SESSION_ABSOLUTE_MS - 1))).toBe('active')
    expect(sessionStatus(busy, after(SESSION_ABSOLUTE_MS))).toBe('expired')
  })
})

describe('shouldTouchSession', () => {
  it('writes last use at most once a minute', () => {
    expect(shouldTouchSession({ createdAt: signIn, lastSeenAt: signIn }, after(59_000))).toBe(false)
    expect(shouldTouchSession({ createdAt: signIn, lastSeenAt: signIn }, after(60_000))).toBe(true)
  })
})
