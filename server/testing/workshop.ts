import type { FastifyInstance } from 'fastify'
import type { LightMyRequestResponse } from 'fastify'
import { buildApp } from '../app'
import type { OpenDatabase } from '../db/open'
import { freshDatabase } from './testApp'
import { INJECT_ORIGIN } from './staff'
import { prepareWorkshop, type WorkshopRuntime } from '../workshop/workshopRuntime'
import { loadWorkshopSettings } from '../workshop/workshopSettings'

/** A workshop app (not listening) on a fresh test database, prepared as `npm run workshop` does. */
export interface WorkshopTestApp {
  app: FastifyInstance
  database: OpenDatabase
  runtime: WorkshopRuntime
  presenterKey: string
  close: () => Promise<void>
}

export async function createWorkshopTestApp(options: { distDir?: string; publicInstallUrl?: string } = {}): Promise<WorkshopTestApp> {
  const database = await freshDatabase()
  const settings = loadWorkshopSettings({ WORKSHOP_DATA_DIR: '/tmp/unused-workshop-test', WORKSHOP_PORT: '0', WORKSHOP_PUBLIC_URL: options.publicInstallUrl })
  const { runtime, presenterKey } = await prepareWorkshop(database.db, { publicInstallUrl: settings.publicInstallUrl, now: new Date() })
  const app = await buildApp({ config: settings.server, db: database.db, distDir: options.distDir, log: false, workshop: runtime })
  return {
    app,
    database,
    runtime,
    presenterKey,
    close: async () => {
      await app.close()
      await database.close()
    },
  }
}

/** Signs in as the presenter and returns the cookie for the next requests. */
export async function presenterCookie(app: FastifyInstance, key: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/workshop/presenter/session', headers: { origin: INJECT_ORIGIN }, payload: { key } })
  const cookie = response.cookies.find((candidate) => candidate.name === 'workshop_presenter')
  if (response.statusCode !== 204 || !cookie) throw new Error(`presenter sign-in failed: ${response.statusCode} ${response.body}`)
  return `${cookie.name}=${cookie.value}`
}

/** A presenter request as the presenter page sends it (JSON, from the app's origin, with its cookie). */
export function presenterRequest(app: FastifyInstance, method: 'GET' | 'POST', url: string, cookie: string): Promise<LightMyRequestResponse> {
  return app.inject({ method, url, headers: { origin: INJECT_ORIGIN, cookie }, ...(method === 'POST' ? { payload: {} } : {}) })
}
