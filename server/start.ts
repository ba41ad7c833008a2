import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { buildApp, type AppOptions } from './app'
import type { ServerConfig } from './config'
import { migrateToLatest } from './db/migrate'
import { openDatabase, type DatabaseLocation, type OpenDatabase } from './db/open'
import { seedIfEmpty } from './db/seed'
import { makeSetupLinkIfNoAccounts, setupLinkMessage } from './auth/setupLink'
import { followUpPepper } from './desk/followUpPepper'
import { startRetentionJob } from './desk/retention'
import type { Database } from './db/schema'
import type { WorkshopRuntime } from './workshop/workshopRuntime'

/** A listening server and the database under it; `close` stops both (the HTTP side first). */
export interface RunningServer {
  app: FastifyInstance
  database: OpenDatabase
  url: string
  close: () => Promise<void>
}

export interface StartOptions {
  distDir?: string
  log?: AppOptions['log']
  /** A `dumpDataDir()` of a migrated database to start an empty PGlite folder from (tests). */
  template?: Blob
  /**
   * Where the first administrator's one-time set-up link is shown, when no staff account exists:
   * the console (default), never the request log or the database (which keeps only its hash).
   */
  showSetupLink?: (message: string) => void
  /** Workshop mode (`npm run workshop`): prepares the demo database instead of seeding geo/'s dataset. */
  prepareWorkshop?: (db: Kysely<Database>) => Promise<WorkshopRuntime>
}

/** Where the configuration says the database is. */
export function databaseLocation(config: ServerConfig, template?: Blob): DatabaseLocation {
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir, template }
}

/** Opens and migrates the database (seeding an empty one), then serves the app on the configured port. */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const database = await openDatabase(databaseLocation(config, options.template))
  try {
    await migrateToLatest(database.db)
    const workshop = options.prepareWorkshop ? await options.prepareWorkshop(database.db) : undefined
    if (!workshop) await seedIfEmpty(database.db)
    const app = await buildApp({ config, db: database.db, distDir: options.distDir, log: options.log, followUpPepper: followUpPepper(config), workshop })
    // Closed reports past REPORT_RETENTION_DAYS: deleted now and once a day.
    const retention = startRetentionJob({
      db: database.db,
      clock: app.clock,
      retentionDays: config.reportRetentionDays,
      onError: (error) => app.log.error({ err: { type: (error as Error).name, message: (error as Error).message } }, 'report retention failed'),
    })
    app.addHook('onClose', async () => {
      retention.stop()
      await retention.firstRun
    })
    await app.listen({ port: config.port, host: config.host })
    const address = app.server.address()
    const port = typeof address === 'object' && address ? address.port : config.port
    const host = config.host.includes(':') ? `[${config.host}]` : config.host
    const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`
    const setupLink = await makeSetupLinkIfNoAccounts(database.db, config.publicOrigin ?? url, new Date())
    if (setupLink) (options.showSetupLink ?? console.log)(setupLinkMessage(setupLink))
    return {
      app,
      database,
      url,
      close: async () => {
        await app.close()
        await database.close()
      },
    }
  } catch (error) {
    await database.close()
    throw error
  }
}
