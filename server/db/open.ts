import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { lockDataDir } from './dataDirLock'
import type { Database } from './schema'

export type Backend = 'pglite' | 'postgresql'

/** An open database: the typed query builder, which backend it is, and how to close it. */
export interface OpenDatabase {
  db: Kysely<Database>
  backend: Backend
  /** The embedded database itself (backups use `dumpDataDir`); absent on PostgreSQL. */
  pglite?: PGlite
  close: () => Promise<void>
}

export type DatabaseLocation =
  | { databaseUrl: string }
  /** `dataDir` "memory://" keeps everything in memory (tests); `template` is a `dumpDataDir()` to start from. */
  | { dataDir: string; template?: Blob }

/** Opens PostgreSQL (a pool) or the embedded PGlite (one connection) behind the same Kysely dialect. */
export async function openDatabase(location: DatabaseLocation): Promise<OpenDatabase> {
  if ('databaseUrl' in location) {
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 10 })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return { db, backend: 'postgresql', close: () => db.destroy() }
  }
  const inMemory = location.dataDir.startsWith('memory://')
  let unlock = (): void => {}
  if (!inMemory) {
    // PGlite does not create parent folders.
    mkdirSync(location.dataDir, { recursive: true })
    unlock = lockDataDir(location.dataDir)
  }
  try {
    const pglite = await PGlite.create(location.dataDir, location.template ? { loadDataDir: location.template } : {})
    // One connection that never idles out: PGlite is a single session, queries queue on it.
    const pool = new pg.Pool({ ...(createPgConfig(pglite) as pg.PoolConfig), max: 1, idleTimeoutMillis: 0 })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return {
      db,
      backend: 'pglite',
      pglite,
      close: async () => {
        await db.destroy()
        await pglite.close()
        unlock()
      },
    }
  } catch (error) {
    unlock()
    throw error
  }
}
