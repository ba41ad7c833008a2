import { readFile } from 'node:fs/promises'
import type { FastifyInstance } from 'fastify'
import { inject } from 'vitest'
import { buildApp } from '../app'
import { loadConfig, type ServerConfig } from '../config'
import { openDatabase, type OpenDatabase } from '../db/open'
import { createDatabase, dropDatabase, freshDatabaseName, withDatabase } from './postgres'

/** A new database on the test PostgreSQL (a copy of `template` if given), dropped on close. */
async function throwawayPostgres(serverUrl: string, prefix: string, template?: string): Promise<OpenDatabase> {
  const name = freshDatabaseName(prefix)
  await createDatabase(serverUrl, name, template)
  const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, name) })
  return {
    ...database,
    close: async () => {
      await database.close()
      await dropDatabase(serverUrl, name)
    },
  }
}

/** A fresh database (migrated and seeded) for one test file; `close` throws it away. */
export async function freshDatabase(): Promise<OpenDatabase> {
  const source = inject('testDatabase')
  if (source.backend === 'pglite') {
    const template = new Blob([await readFile(source.templateFile)])
    return openDatabase({ dataDir: 'memory://', template })
  }
  return throwawayPostgres(source.databaseUrl, 'ssm_test', source.templateName)
}

/** An empty database (nothing migrated) for migration tests; `close` throws it away. */
export async function emptyDatabase(): Promise<OpenDatabase> {
  const source = inject('testDatabase')
  if (source.backend === 'pglite') return openDatabase({ dataDir: 'memory://' })
  return throwawayPostgres(source.databaseUrl, 'ssm_empty')
}

/** The configuration tests run with: defaults, plus whatever the test changes. */
export function testConfig(env: Record<string, string> = {}): ServerConfig {
  return loadConfig({ PORT: '0', ...env })
}

export interface TestApp {
  app: FastifyInstance
  database: OpenDatabase
  close: () => Promise<void>
}

/**
 * The app on a fresh migrated and seeded database, not listening (use `app.inject`). Create it in
 * `beforeAll` and close it in `afterAll`:
 *
 *   let t: TestApp
 *   beforeAll(async () => { t = await createTestApp() })
 *   afterAll(() => t.close())
 */
export async function createTestApp(options: { env?: Record<string, string>; distDir?: string } = {}): Promise<TestApp> {
  const database = await freshDatabase()
  const app = await buildApp({ config: testConfig(options.env), db: database.db, distDir: options.distDir, log: false })
  return {
    app,
    database,
    close: async () => {
      await app.close()
      await database.close()
    },
  }
}
