import { randomBytes } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { ServerConfig } from './config'
import type { Database } from './db/schema'
import { handleError } from './http/errors'
import { requestLogOptions } from './http/requestLog'
import { addSecurityHeaders } from './http/securityHeaders'
import { answerUnknownWithJson, serveAppFiles } from './http/appFiles'
import { configRoutes } from './routes/config'
import { datasetRoutes } from './routes/dataset'
import { staffRoutes } from './routes/staff'
import { reportRoutes } from './routes/reports'
import { followUpRoutes } from './routes/followUp'
import { deskRoutes } from './routes/desk'
import { deskReportRoutes } from './routes/deskReports'
import { proposalRoutes } from './routes/proposals'
import { placesExportRoutes } from './routes/placesExport'
import { installStaffAccess } from './auth/access'
import { workshopRoutes } from './routes/workshop'
import type { WorkshopRuntime } from './workshop/workshopRuntime'

/** Request bodies above this are refused with 413 unless a route sets its own `bodyLimit`. */
export const DEFAULT_BODY_LIMIT = 16 * 1024

export interface AppOptions {
  config: ServerConfig
  db: Kysely<Database>
  /** The built PWA (vite build's outDir); without it only the API and the dataset are served. */
  distDir?: string
  /** Where the request log goes: a stream, or false for none (tests). Default: stdout. */
  log?: NodeJS.WritableStream | false
  /** The time now (tests move it to expire sessions and links). Default: the system clock. */
  clock?: () => Date
  /**
   * The key follow-up lookups are stored under (`desk/followUpPepper.ts`; startServer passes it).
   * Default: FOLLOW_UP_PEPPER, else a random one for this process only (tests).
   */
  followUpPepper?: Uint8Array
  /** Workshop mode (`npm run workshop`, server/workshop/): the start's demo secrets; absent on a real deployment. */
  workshop?: WorkshopRuntime
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The database: use it inside routes as `app.db` (or the `trx` of a transaction, never both). */
    db: Kysely<Database>
    config: ServerConfig
    followUpPepper: Uint8Array
    /** The workshop start on a workshop server, null on a real deployment. */
    workshop: WorkshopRuntime | null
  }
}

/**
 * The whole HTTP application, not yet listening: security headers, logging and JSON errors for
 * every route, then each area's routes (one Fastify plugin per file in routes/).
 */
export async function buildApp({ config, db, distDir, log, clock, followUpPepper, workshop }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(log === false ? { logger: false } : requestLogOptions(log)),
    // A hop count is supported at run time (Fastify's docs) but missing from its types.
    trustProxy: config.trustProxy as boolean | string[],
    bodyLimit: DEFAULT_BODY_LIMIT,
    // Ids only tie a request's log lines together; they are not sent to the client.
    requestIdHeader: false,
    return503OnClosing: true,
    // Bodies are checked as sent: no type coercion, no silently dropped fields (schemas say
    // additionalProperties: false to refuse them). Query strings are strings: declare them so.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  })
  app.decorate('db', db)
  app.decorate('config', config)
  app.decorate('workshop', workshop ?? null)
  app.decorate('followUpPepper', followUpPepper ?? (config.followUpPepper === undefined ? randomBytes(32) : Buffer.from(config.followUpPepper, 'utf8')))
  addSecurityHeaders(app, config)
  app.setErrorHandler(handleError)
  // Before any route: the Origin check, and the access rule every /api/staff/ route must declare.
  await installStaffAccess(app, { clock })

  // The app's files first: routes below may hand a request on to them (reply.sendFile).
  if (distDir) await serveAppFiles(app, distDir)
  else answerUnknownWithJson(app)

  // One plugin per area (server/routes/<area>.ts); a new area is one more line here.
  await app.register(configRoutes)
  await app.register(datasetRoutes, { distDir })
  await app.register(staffRoutes, { distDir })
  await app.register(reportRoutes)
  await app.register(followUpRoutes)
  await app.register(deskRoutes)
  await app.register(deskReportRoutes)
  await app.register(proposalRoutes)
  await app.register(placesExportRoutes)
  await app.register(workshopRoutes, { distDir })
  return app
}
