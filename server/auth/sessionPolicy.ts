import type { StaffRole } from '@common/staff/roles'

/** A session not used for this long ends (the desk is left open on a shared computer). */
export const SESSION_IDLE_MS = 30 * 60 * 1000
/** A session ends this long after sign-in however busy it is. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000
/**
 * A volunteer who asked to stay signed in on their phone (sign-in with `remember: true`): out in the
 * community, often offline for days, they must not lose queued checks to a sign-in screen. Still
 * ended by signing out, a password change or a disabled account.
 */
export const REMEMBERED_IDLE_MS = 30 * 24 * 60 * 60 * 1000
/** A remembered session ends this long after sign-in: about six months, then the password again. */
export const REMEMBERED_ABSOLUTE_MS = 180 * 24 * 60 * 60 * 1000
/** `last_seen_at` is written at most this often, so reading pages does not write on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000

export interface SessionTimes {
  createdAt: Date
  lastSeenAt: Date
  /** A volunteer's session on their own phone, kept longer. */
  remembered?: boolean
}

/** Only a volunteer may stay signed in, and only when they ask: the case desk and admins never do. */
export function mayRemember(role: StaffRole, asked: boolean): boolean {
  return asked && role === 'volunteer'
}

/** How long a session may go unused, and may last at all. */
export function sessionLimits(remembered: boolean): { idleMs: number; absoluteMs: number } {
  return remembered ? { idleMs: REMEMBERED_IDLE_MS, absoluteMs: REMEMBERED_ABSOLUTE_MS } : { idleMs: SESSION_IDLE_MS, absoluteMs: SESSION_ABSOLUTE_MS }
}

/** Whether a session is still usable at `now`, or which limit ended it. */
export function sessionStatus(session: SessionTimes, now: Date): 'active' | 'idle' | 'expired' {
  const limits = sessionLimits(session.remembered === true)
  if (now.getTime() - session.createdAt.getTime() >= limits.absoluteMs) return 'expired'
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMs) return 'idle'
  return 'active'
}

/** True when an active session's `last_seen_at` is old enough to be written again. */
export function shouldTouchSession(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS
}
