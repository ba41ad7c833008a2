import { describe, expect, it } from 'vitest'
import { mayRemember, REMEMBERED_ABSOLUTE_MS, REMEMBERED_IDLE_MS, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionStatus, shouldTouchSession } from './sessionPolicy'

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

describe('a remembered session (a volunteer on their phone)', () => {
  it('is given only to a volunteer who asks', () => {
    expect(mayRemember('volunteer', true)).toBe(true)
    expect(mayRemember('volunteer', false)).toBe(false)
    for (const role of ['admin', 'coordinator', 'trainer'] as const) expect(mayRemember(role, true)).toBe(false)
  })

  it('lasts 30 days unused and 180 days in all', () => {
    const unused = { createdAt: signIn, lastSeenAt: signIn, remembered: true }
    expect(sessionStatus(unused, after(REMEMBERED_IDLE_MS - 1))).toBe('active')
    expect(sessionStatus(unused, after(REMEMBERED_IDLE_MS))).toBe('idle')
    const busy = { createdAt: signIn, lastSeenAt: after(REMEMBERED_ABSOLUTE_MS - 1000), remembered: true }
    expect(sessionStatus(busy, after(REMEMBERED_ABSOLUTE_MS))).toBe('expired')
  })
})

describe('shouldTouchSession', () => {
  it('writes last use at most once a minute', () => {
    expect(shouldTouchSession({ createdAt: signIn, lastSeenAt: signIn }, after(59_000))).toBe(false)
    expect(shouldTouchSession({ createdAt: signIn, lastSeenAt: signIn }, after(60_000))).toBe(true)
  })
})
