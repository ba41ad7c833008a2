import { Migrator, type Kysely } from 'kysely'
import type { Database } from './schema'
import { migrationProvider } from './migrations'

/**
 * Brings the database up to date. Kysely runs the pending migrations in one transaction with a
 * lock held, so processes starting together on one PostgreSQL apply each migration once, and a
 * failing migration leaves the database as it was.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`Migration ${failed} failed; nothing was changed: ${String(error)}`, { cause: error })
  }
  return results.map((result) => result.migrationName)
}
