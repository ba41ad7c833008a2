import { migrateToLatest } from '../db/migrate'
import { openDatabase } from '../db/open'
import { seedIfEmpty } from '../db/seed'

/**
 * An embedded database migrated and seeded once, as a `dumpDataDir()` tarball: starting PGlite
 * from it takes a second or two instead of the first start's initdb (13–22 s here).
 */
export async function pgliteTemplate(): Promise<Blob> {
  const database = await openDatabase({ dataDir: 'memory://' })
  try {
    await migrateToLatest(database.db)
    await seedIfEmpty(database.db)
    return await database.pglite!.dumpDataDir('gzip')
  } finally {
    await database.close()
  }
}
