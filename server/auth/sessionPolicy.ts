/** A session not used for this long ends (the desk is left open on a shared computer). */
export const SESSION_IDLE_MS = 30 * 60 * 1000
/** A session ends this long after sign-in however busy it is. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000
/** `last_seen_at` is written at most this often, so reading pages does not write on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000

export interface SessionTimes {
  createdAt: Date
  lastSeenAt: Date
}

/** Whether a session is still usable at `now`, or which limit ended it. */
export function sessionStatus(session: SessionTimes, now: Date): 'active' | 'idle' | 'expired' {
  if (now.getTime() - session.createdAt.getTime() >= SESSION_ABSOLUTE_MS) return 'expired'
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) return 'idle'
  return 'active'
}

/** True when an active session's `last_seen_at` is old enough to be written again. */
export function shouldTouchSession(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS
}
