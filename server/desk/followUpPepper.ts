import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ServerConfig } from '../config'

/** The pepper's file when PGlite runs without FOLLOW_UP_PEPPER: beside the database files, never inside a table. */
export const PEPPER_FILE_NAME = 'follow-up-pepper'

/**
 * The key follow-up lookups are stored under: FOLLOW_UP_PEPPER, or (PGlite only) a random file made
 * in DATA_DIR on first start and read on every later one. `loadConfig` already refused DATABASE_URL
 * without FOLLOW_UP_PEPPER.
 */
export function followUpPepper(config: Pick<ServerConfig, 'followUpPepper' | 'databaseUrl' | 'dataDir'>): Buffer {
  if (config.followUpPepper !== undefined) return Buffer.from(config.followUpPepper, 'utf8')
  if (config.databaseUrl !== undefined) throw new Error('FOLLOW_UP_PEPPER is required with DATABASE_URL')
  const file = join(config.dataDir, PEPPER_FILE_NAME)
  try {
    // 'wx': only the first start creates it; an existing pepper is never replaced.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8')
}
