import type { SafeSpaceDb } from './database'
import { readSetting, writeSetting } from './settingsRepository'

/** The part of `navigator.storage` this app uses. */
export interface PersistentStorageApi {
  persist(): Promise<boolean>
  persisted(): Promise<boolean>
}

export interface PersistenceResult {
  /** Whether the browser keeps this site's data under storage pressure; undefined if it cannot say. */
  persisted: boolean | undefined
  /** True only on the one start-up where the browser was asked and said no. */
  refusedNow: boolean
}

/** The browser's storage manager, when it has one that can persist. */
export function browserStorage(): PersistentStorageApi | null {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  return storage && typeof storage.persist === 'function' ? storage : null
}

/**
 * Asks the browser once, ever, to keep this site's storage (remembered in settings so nobody is
 * asked again); later calls only read whether it is kept.
 */
export async function ensurePersistentStorage(db: SafeSpaceDb, storage: PersistentStorageApi | null): Promise<PersistenceResult> {
  if (!storage) return { persisted: undefined, refusedNow: false }
  let granted: boolean
  try {
    if (await storage.persisted()) return { persisted: true, refusedNow: false }
    if ((await readSetting(db, 'persistenceAsked')) === true) return { persisted: false, refusedNow: false }
    granted = await storage.persist()
  } catch {
    // A browser that throws here cannot promise anything; the data itself is unaffected.
    return { persisted: false, refusedNow: false }
  }
  // If this write fails the only cost is asking once more on the next start.
  await writeSetting(db, 'persistenceAsked', true).catch(() => undefined)
  return { persisted: granted, refusedNow: !granted }
}
