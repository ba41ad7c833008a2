import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { WorkshopConfig } from '@common/workshop/api'
import type { CaseDeskKey } from '@/domain/report/runtimeConfig'
import { currentVersion } from '../db/datasets'
import { listDeskKeys } from '../desk/deskStore'

/** Where the app sends reports (this server's intake route). */
export const REPORT_ENDPOINT = '/api/reports'

/** GET /api/config: what the app needs at run time from this deployment. */
export interface ApiConfig {
  /** Case desk public keys, newest first (new reports are encrypted to the first). */
  caseDeskKeys: CaseDeskKey[]
  /** Where the report form sends to; null while this server cannot receive reports. */
  reportEndpoint: string | null
  reportsAccepted: boolean
  /** The tile URL template; empty on a workshop server (no outside host: the app draws its offline basemap). */
  tileUrl: string
  /** Quick exit's page; on a workshop server a neutral page the laptop serves (the room may have no internet). */
  exitUrl: string
  /** The dataset served now, or null before the first is published. */
  dataset: { number: number; version: string; hash: string } | null
  /** Workshop mode's session, join code and install address (issue #11); null on a real deployment. */
  workshop: WorkshopConfig | null
}

/** The runtime configuration (GET /api/config), and config.json for apps that predate it. */
export async function configRoutes(app: FastifyInstance): Promise<void> {
  async function apiConfig(request: FastifyRequest): Promise<ApiConfig> {
    const [current, deskKeys] = await Promise.all([currentVersion(app.db), listDeskKeys(app.db)])
    // Until a coordinator has created the desk key, the form says it cannot send (and keeps nothing).
    const accepting = deskKeys.length > 0
    return {
      caseDeskKeys: deskKeys.map(({ id, publicKeyJwk }) => ({ id, publicKeyJwk })),
      reportEndpoint: accepting ? REPORT_ENDPOINT : null,
      reportsAccepted: accepting,
      tileUrl: app.config.deployment.tileUrl,
      // A workshop's exit page is a path on the laptop: made absolute for the address this phone used.
      exitUrl: app.workshop ? new URL(app.config.deployment.exitUrl, `${request.protocol}://${request.host}`).href : app.config.deployment.exitUrl,
      dataset: current ? { number: current.number, version: current.version, hash: current.hash } : null,
      workshop: app.workshop?.config ?? null,
    }
  }

  app.get('/api/config', async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return apiConfig(request)
  })

  // The service worker caches config.json for offline use: it must say what /api/config says.
  app.get('/config.json', async (request, reply) => {
    const { reportEndpoint, caseDeskKeys } = await apiConfig(request)
    reply.header('cache-control', 'no-cache')
    return { reportEndpoint, caseDeskKeys }
  })
}
