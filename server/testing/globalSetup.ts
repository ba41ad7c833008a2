import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { migrateToLatest } from '../db/migrate'
import { openDatabase } from '../db/open'
import { seedIfEmpty } from '../db/seed'
import { createDatabase, dropDatabase, freshDatabaseName, withDatabase } from './postgres'
import { pgliteTemplate } from './template'

/** Where each test file makes its fresh database from (set up once per run). */
export type TestDatabaseSource =
  | { backend: 'pglite'; templateFile: string }
  | { backend: 'postgresql'; databaseUrl: string; templateName: string }

/**
 * Migrates and seeds one template database for the whole run: a PGlite dump in a temp file, or
 * (DATABASE_URL set) a template database on that PostgreSQL, dropped at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    const templateName = freshDatabaseName('ssm_template')
    await createDatabase(databaseUrl, templateName)
    const database = await openDatabase({ databaseUrl: withDatabase(databaseUrl, templateName) })
    try {
      await migrateToLatest(database.db)
      await seedIfEmpty(database.db)
    } finally {
      await database.close()
    }
    project.provide('testDatabase', { backend: 'postgresql', databaseUrl, templateName })
    return () => dropDatabase(databaseUrl, templateName)
  }
  const dir = await mkdtemp(join(tmpdir(), 'safe-space-map-db-template-'))
  const templateFile = join(dir, 'template.tar.gz')
  await writeFile(templateFile, Buffer.from(await (await pgliteTemplate()).arrayBuffer()))
  project.provide('testDatabase', { backend: 'pglite', templateFile })
  return () => rm(dir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseSource
  }
}
