import type { Locale } from '@/locales'
import type { SafeSpaceDb } from './database'

/** Every setting the app stores, with the type it is written as. */
export interface SettingValues {
  locale: Locale
  safetyNoticeDismissed: boolean
  /** The person's own quick-exit page; null means the app's default. */
  exitUrl: string | null
  /** Whether the browser has been asked once to keep this site's storage. */
  persistenceAsked: boolean
}
export type SettingKey = keyof SettingValues

/** Reads every stored setting as untrusted values (a missing key is absent). */
export async function readSettings(db: SafeSpaceDb): Promise<Partial<Record<SettingKey, unknown>>> {
  const rows = await db.settings.toArray()
  return Object.fromEntries(rows.map((row) => [row.key, row.value]))
}

/** Reads one stored setting as an untrusted value (undefined when never written). */
export async function readSetting(db: SafeSpaceDb, key: SettingKey): Promise<unknown> {
  return (await db.settings.get(key))?.value
}

/** Stores one setting. */
export async function writeSetting<K extends SettingKey>(db: SafeSpaceDb, key: K, value: SettingValues[K]): Promise<void> {
  await db.settings.put({ key, value })
}
