import { shallowRef } from 'vue'
import type { WorkshopConfig } from '@common/workshop/api'

// What this phone knows about the workshop it joined. The session is kept in localStorage: start-up
// reads it synchronously to know whether to load workshop mode at all, and leaving wipes it.

const SESSION_KEY = 'safe-space-map-workshop-session'

/** The workshop the server described at the last check; null until then, and on a real deployment. */
export const joinedWorkshop = shallowRef<WorkshopConfig | null>(null)

/** The workshop session this phone joined, or null (never joined, wiped, or storage refused). */
export function storedWorkshopSession(): string | null {
  try {
    return localStorage.getItem(SESSION_KEY)
  } catch {
    return null
  }
}

/** Remembers the session this phone joined, so a reset (another session) is noticed. */
export function rememberWorkshopSession(session: string): void {
  try {
    localStorage.setItem(SESSION_KEY, session)
  } catch {
    // Without storage a reset goes unnoticed; the practice data still goes with "leave practice mode".
  }
}
