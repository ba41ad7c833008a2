import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { build } from 'vite'
import type { Dataset } from '@common/place'
import { loadConfig } from '../../../server/config'
import { publishVersion } from '../../../server/db/datasets'
import type { Database } from '../../../server/db/schema'
import { startServer } from '../../../server/start'

/** A build in a private temporary folder, served by the app's server (its own embedded database) on a free loopback port. */
export interface ServedBuild {
  url: string
  dir: string
  /** Publishes a dataset as the next version in this server's database, as the volunteer flow will. */
  publish: (dataset: Dataset) => Promise<void>
  /** This server's own database, for tests that set up or check what the server stores. */
  db: Kysely<Database>
  /** Stops the server and removes the build folder and the database. */
  close: () => Promise<void>
}

/**
 * Serves a build folder with the server as `npm start` runs it, on a throwaway DATA_DIR. A
 * template (a migrated and seeded `dumpDataDir()` file) saves the first start's initdb.
 */
async function serveFolder(dir: string, templateFile?: string): Promise<ServedBuild> {
  const dataDir = await mkdtemp(join(tmpdir(), 'safe-space-map-data-'))
  const template = templateFile ? new Blob([await readFile(templateFile)]) : undefined
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir })
  const server = await startServer(config, { distDir: dir, template, log: false, showSetupLink: () => undefined })
  return {
    dir,
    url: server.url,
    db: server.database.db,
    publish: (dataset) => server.database.db.transaction().execute(async (trx) => void (await publishVersion(trx, dataset, 'e2e'))),
    close: async () => {
      await server.close()
      await rm(dir, { recursive: true, force: true })
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Builds the app as it ships into a private folder (parallel runs never share dist/) and serves it.
 * Vitest sets NODE_ENV=test, with which Vite would bundle Vue's development build.
 */
export async function serveFreshBuild(purpose: string, templateFile?: string): Promise<ServedBuild> {
  const dir = await mkdtemp(join(tmpdir(), `safe-space-map-${purpose}-`))
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  return serveFolder(dir, templateFile)
}

/** Serves a private copy of a build with its own database, for tests that publish or change files. */
export async function servePrivateCopy(distDir: string, templateFile?: string): Promise<ServedBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'safe-space-map-copy-'))
  await cp(distDir, dir, { recursive: true })
  return serveFolder(dir, templateFile)
}
