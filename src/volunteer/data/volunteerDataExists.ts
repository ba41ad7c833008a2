import Dexie from 'dexie'

/**
 * The volunteer's own IndexedDB database (see volunteerDb.ts). This file is all the resident's
 * first-screen bundle holds of volunteer mode: the name, to look for waiting work after start.
 */
export const VOLUNTEER_DATABASE_NAME = 'safe-space-map-volunteer'

/** Whether this phone holds volunteer work, without creating the database when it does not. */
export function volunteerDataExists(name: string = VOLUNTEER_DATABASE_NAME): Promise<boolean> {
  return Dexie.exists(name)
}
