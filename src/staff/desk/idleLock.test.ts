// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createIdleLock, IDLE_LOCK_MS, LOCKED, msUntilIdleLock, nextIdleLockState } from './idleLock'

const MINUTE = 60_000

describe('idle lock', () => {
  it('locks after 15 minutes without activity, not a moment before', () => {
    expect(IDLE_LOCK_MS).toBe(15 * MINUTE)
    const unlocked = nextIdleLockState(LOCKED, { type: 'unlock', at: 1_000 })
    expect(nextIdleLockState(unlocked, { type: 'tick', at: 1_000 + 15 * MINUTE - 1 }).locked).toBe(false)
    expect(nextIdleLockState(unlocked, { type: 'tick', at: 1_000 + 15 * MINUTE }).locked).toBe(true)
  })

  it('activity starts the 15 minutes again', () => {
    let state = nextIdleLockState(LOCKED, { type: 'unlock', at: 0 })
    state = nextIdleLockState(state, { type: 'activity', at: 10 * MINUTE })
    expect(nextIdleLockState(state, { type: 'tick', at: 24 * MINUTE }).locked).toBe(false)
    expect(nextIdleLockState(state, { type: 'tick', at: 25 * MINUTE }).locked).toBe(true)
  })

  it('activity that comes after the limit does not reopen the desk (a sleeping laptop woken by a key press)', () => {
    const state = nextIdleLockState(LOCKED, { type: 'unlock', at: 0 })
    expect(nextIdleLockState(state, { type: 'activity', at: 16 * MINUTE })).toEqual(LOCKED)
  })

  it('locks when the clock goes backwards, and at once on sign-out', () => {
    const state = nextIdleLockState(LOCKED, { type: 'unlock', at: 5 * MINUTE })
    expect(nextIdleLockState(state, { type: 'tick', at: MINUTE }).locked).toBe(true)
    expect(nextIdleLockState(state, { type: 'lock' }).locked).toBe(true)
  })

  it('stays locked until unlocked', () => {
    expect(nextIdleLockState(LOCKED, { type: 'activity', at: 0 })).toEqual(LOCKED)
    expect(msUntilIdleLock(LOCKED, 0)).toBe(0)
  })

  it('says how long until it locks, for scheduling the next check', () => {
    const state = nextIdleLockState(LOCKED, { type: 'unlock', at: 0 })
    expect(msUntilIdleLock(state, 5 * MINUTE)).toBe(10 * MINUTE)
    expect(msUntilIdleLock(state, 20 * MINUTE)).toBe(0)
  })

  it('with an injected clock, calls onLock once when the time runs out', () => {
    let now = 0
    let locks = 0
    const lock = createIdleLock(() => now, () => { locks++ })
    lock.unlock()
    now = 14 * MINUTE
    lock.activity()
    now = 28 * MINUTE
    lock.tick()
    expect(locks).toBe(0)
    now = 29 * MINUTE
    lock.tick()
    lock.tick()
    lock.activity()
    expect(locks).toBe(1)
    expect(lock.state.locked).toBe(true)
    lock.unlock()
    lock.lock()
    expect(locks).toBe(2)
  })
})
