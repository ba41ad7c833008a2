// The desk locks itself after 15 minutes without activity, and at once on sign-out. A pure state
// machine over times from an injected clock (use a monotonic one: performance.now()); the page
// feeds it events and wipes the keyring when it reports `locked`.

export const IDLE_LOCK_MS = 15 * 60 * 1000

/** Locked, or unlocked since the last activity at `lastActivityAt` (ms on the injected clock). */
export type IdleLockState = { locked: true } | { locked: false; lastActivityAt: number }

/** What can happen: unlocking, a key press or pointer move, a timer tick, or an explicit lock (sign-out, quick exit). */
export type IdleLockEvent =
  | { type: 'unlock'; at: number }
  | { type: 'activity'; at: number }
  | { type: 'tick'; at: number }
  | { type: 'lock' }

export const LOCKED: IdleLockState = { locked: true }

/** True when `now` is the idle limit or more after the last activity (or the clock went backwards). */
export function isIdleExpired(state: IdleLockState, now: number, timeoutMs: number = IDLE_LOCK_MS): boolean {
  if (state.locked) return true
  const idle = now - state.lastActivityAt
  return idle < 0 || idle >= timeoutMs
}

/** The next state. Activity after the limit does not reopen the desk: it was already due to lock. */
export function nextIdleLockState(state: IdleLockState, event: IdleLockEvent, timeoutMs: number = IDLE_LOCK_MS): IdleLockState {
  switch (event.type) {
    case 'unlock':
      return { locked: false, lastActivityAt: event.at }
    case 'lock':
      return LOCKED
    case 'activity':
      return isIdleExpired(state, event.at, timeoutMs) ? LOCKED : { locked: false, lastActivityAt: event.at }
    case 'tick':
      return isIdleExpired(state, event.at, timeoutMs) ? LOCKED : state
  }
}

/** Milliseconds until the desk locks by itself (0 when locked or due); for scheduling the next tick. */
export function msUntilIdleLock(state: IdleLockState, now: number, timeoutMs: number = IDLE_LOCK_MS): number {
  if (state.locked || isIdleExpired(state, now, timeoutMs)) return 0
  return state.lastActivityAt + timeoutMs - now
}

/** The idle lock as the page uses it: each call reads the clock and returns the new state. */
export interface IdleLock {
  readonly state: IdleLockState
  unlock(): IdleLockState
  activity(): IdleLockState
  tick(): IdleLockState
  lock(): IdleLockState
  msUntilLock(): number
}

/** A small holder of the state that calls `onLock` once each time the desk goes from unlocked to locked. */
export function createIdleLock(clock: () => number, onLock: () => void, timeoutMs: number = IDLE_LOCK_MS): IdleLock {
  let state: IdleLockState = LOCKED
  const apply = (event: IdleLockEvent): IdleLockState => {
    const before = state
    state = nextIdleLockState(state, event, timeoutMs)
    if (!before.locked && state.locked) onLock()
    return state
  }
  return {
    get state(): IdleLockState { return state },
    unlock: () => apply({ type: 'unlock', at: clock() }),
    activity: () => apply({ type: 'activity', at: clock() }),
    tick: () => apply({ type: 'tick', at: clock() }),
    lock: () => apply({ type: 'lock' }),
    msUntilLock: () => msUntilIdleLock(state, clock(), timeoutMs),
  }
}
