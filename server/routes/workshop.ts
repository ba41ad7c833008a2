import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { WORKSHOP_EXIT_PATH, type WorkshopPresenterSignIn, type WorkshopPresenterView, type WorkshopReportsView, type WorkshopResetView } from '@common/workshop/api'
import type { ReportEnvelope } from '@common/report/wire'
import { dayOf } from '../desk/bangkokDay'
import { ApiError, notFound } from '../http/errors'
import { makeOriginCheck } from '../security/originCheck'
import { hashSecretToken, newSecretToken } from '../security/secretToken'
import { WORKSHOP_EXIT_PAGE } from '../workshop/exitPage'
import { matchesDigest } from '../workshop/secrets'
import { resetDemoData, startNewSession, type WorkshopRuntime } from '../workshop/workshopRuntime'

/** The presenter's cookie: the laptop's browser only (HttpOnly, SameSite=Strict); plain http, so not Secure. */
export const PRESENTER_COOKIE = 'workshop_presenter'
const PRESENTER_SESSION_SECONDS = 12 * 60 * 60
const PRESENTER_KEY = { type: 'string', minLength: 1, maxLength: 256 } as const

const workshopErrors = {
  wrongKey: () =>
    new ApiError(401, 'presenter_key_wrong', {
      th: 'กุญแจผู้นำเสนอไม่ถูกต้อง เปิดลิงก์ผู้นำเสนอที่พิมพ์ไว้ในหน้าต่างที่สั่ง npm run workshop อีกครั้ง (กุญแจเปลี่ยนทุกครั้งที่เริ่มใหม่)',
      en: 'The presenter key is wrong. Open the presenter link printed in the window that runs npm run workshop again (the key changes at every start).',
    }),
  signedOut: () =>
    new ApiError(401, 'presenter_signed_out', {
      th: 'หน้านี้สำหรับผู้นำเสนอเท่านั้น เปิดลิงก์ผู้นำเสนอที่พิมพ์ไว้ในหน้าต่างที่สั่ง npm run workshop',
      en: 'This is for the presenter only. Open the presenter link printed in the window that runs npm run workshop.',
    }),
}

/** The workshop start this app serves (the routes below exist only in workshop mode). */
function runtimeOf(app: FastifyInstance): WorkshopRuntime {
  if (!app.workshop) throw new Error('workshop routes on a server that is not in workshop mode')
  return app.workshop
}

/** On a real deployment: the presenter page does not exist, whatever files the build holds. */
function refuseWorkshopPage(app: FastifyInstance): void {
  const missing = async (): Promise<never> => {
    throw notFound()
  }
  app.get('/workshop', missing)
  app.get('/workshop.html', missing)
}

/**
 * Workshop mode (issue #11, server/workshop/README.md): the presenter page at /workshop, its
 * session, the demo reports, reset, and quick exit's practice page. Registered only on a workshop
 * server; a real deployment answers 404 to all of it.
 */
export async function workshopRoutes(app: FastifyInstance, options: { distDir?: string }): Promise<void> {
  if (!app.workshop) return refuseWorkshopPage(app)
  const runtime = runtimeOf(app)
  const presenterPage = options.distDir && existsSync(join(options.distDir, 'workshop.html')) ? 'workshop.html' : undefined

  app.get('/workshop', async (_request, reply) => {
    if (!presenterPage) throw notFound()
    return reply.header('cache-control', 'no-cache').sendFile(presenterPage)
  })
  app.get(WORKSHOP_EXIT_PATH, async (_request, reply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(WORKSHOP_EXIT_PAGE))

  // Every presenter route: the Origin check of the staff routes, then (but for signing in) the presenter cookie.
  await app.register(async (presenter) => {
    presenter.addHook('onRequest', makeOriginCheck(app.config.publicOrigin))
    const requirePresenter = async (request: FastifyRequest): Promise<void> => {
      const cookie = request.cookies[PRESENTER_COOKIE]
      if (!cookie || !runtime.presenterSessions.has(hashSecretToken(cookie))) throw workshopErrors.signedOut()
    }

    presenter.post<{ Body: WorkshopPresenterSignIn }>(
      '/api/workshop/presenter/session',
      { schema: { body: { type: 'object', required: ['key'], properties: { key: PRESENTER_KEY }, additionalProperties: false } } },
      async (request, reply: FastifyReply) => {
        if (!matchesDigest(request.body.key, runtime.presenterKeyDigest)) throw workshopErrors.wrongKey()
        const session = newSecretToken()
        runtime.presenterSessions.add(hashSecretToken(session))
        reply.setCookie(PRESENTER_COOKIE, session, { httpOnly: true, sameSite: 'strict', secure: false, path: '/', maxAge: PRESENTER_SESSION_SECONDS })
        return reply.status(204).send()
      },
    )

    presenter.get('/api/workshop/presenter', { onRequest: requirePresenter }, async (_request, reply): Promise<WorkshopPresenterView> => {
      reply.header('cache-control', 'no-store')
      const [reports, proposals] = await Promise.all([
        app.db.selectFrom('reports').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow(),
        app.db.selectFrom('proposals').select((eb) => eb.fn.countAll<string>().as('count')).where('status', '=', 'pending').executeTakeFirstOrThrow(),
      ])
      return {
        config: runtime.config,
        addresses: runtime.addresses,
        demoDesk: { keyId: runtime.demoDesk.record.id, privateKeyJwk: runtime.demoDesk.privateKeyJwk },
        volunteerAccount: runtime.accounts.volunteer,
        trainerAccount: runtime.accounts.trainer,
        reportCount: Number(reports.count),
        pendingProposalCount: Number(proposals.count),
      }
    })

    presenter.get('/api/workshop/reports', { onRequest: requirePresenter }, async (_request, reply): Promise<WorkshopReportsView> => {
      reply.header('cache-control', 'no-store')
      const rows = await app.db.selectFrom('reports').select(['id', 'envelope', dayOf('received_on').as('receivedOn')]).orderBy('received_on', 'desc').orderBy('id').execute()
      return { reports: rows.map((row) => ({ id: row.id, receivedOn: row.receivedOn, envelope: JSON.parse(row.envelope) as ReportEnvelope })) }
    })

    presenter.post('/api/workshop/reset', { onRequest: requirePresenter }, async (): Promise<WorkshopResetView> => {
      await app.db.transaction().execute((trx) => resetDemoData(trx, runtime.demoDataset))
      return { config: startNewSession(runtime) }
    })
  })
}
