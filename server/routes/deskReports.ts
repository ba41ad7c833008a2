import type { FastifyInstance } from 'fastify'
import type { DeskNoteUpload, DeskReportsView, FollowUpMessageUpload, ReportStatusChange } from '@common/desk/api'
import { signedInAccount } from '../auth/access'
import { recordAudit } from '../auth/audit'
import { bangkokDay } from '../desk/bangkokDay'
import { deskErrors } from '../desk/deskErrors'
import { listReports } from '../desk/reportStore'
import { REPORT_ID_PARAMS, deskBodies } from '../desk/recordSchemas'
import { DESK_ACCESS, deskApi, deskBody } from './desk'

type ReportParams = { Params: { id: string } }

const byId = { config: DESK_ACCESS, schema: { params: REPORT_ID_PARAMS } }
const withBody = (body: object) => {
  const options = deskBody(body)
  return { ...options, schema: { ...options.schema, params: REPORT_ID_PARAMS } }
}

/** The case desk's inbox: reports (ciphertext), their status, notes and the message to the resident. Coordinators only. */
export async function deskReportRoutes(app: FastifyInstance): Promise<void> {
  app.get(deskApi('/reports'), { config: DESK_ACCESS }, async (): Promise<DeskReportsView> => {
    const retentionDays = app.config.reportRetentionDays
    return { reports: await listReports(app.db, retentionDays), retentionDays }
  })

  // Decryption happens in the browser; the page tells the server a report was opened, for the audit log.
  app.post<ReportParams>(deskApi('/reports/:id/read'), byId, async (request, reply) => {
    const account = signedInAccount(request)
    const { id } = request.params
    await app.db.transaction().execute(async (trx) => {
      if (!(await trx.selectFrom('reports').select('id').where('id', '=', id).executeTakeFirst())) throw deskErrors.reportNotFound()
      await recordAudit(trx, { action: 'report_read', actorId: account.id, detail: { report: id } }, app.clock())
    })
    return reply.status(204).send()
  })

  app.patch<ReportParams & { Body: ReportStatusChange }>(deskApi('/reports/:id'), withBody(deskBodies.status), async (request, reply) => {
    const account = signedInAccount(request)
    const { id } = request.params
    const { status } = request.body
    const now = app.clock()
    const today = bangkokDay(now)
    await app.db.transaction().execute(async (trx) => {
      const report = await trx.selectFrom('reports').select('status').where('id', '=', id).forUpdate().executeTakeFirst()
      if (!report) throw deskErrors.reportNotFound()
      if (report.status === status) return
      await trx.updateTable('reports').set({ status, status_changed_on: today, closed_on: status === 'closed' ? today : null }).where('id', '=', id).execute()
      await recordAudit(trx, { action: 'report_status', actorId: account.id, detail: { report: id, from: report.status, to: status } }, now)
    })
    return reply.status(204).send()
  })

  app.post<ReportParams & { Body: DeskNoteUpload }>(deskApi('/reports/:id/notes'), withBody(deskBodies.note), async (request, reply) => {
    const account = signedInAccount(request)
    const { id } = request.params
    const { envelope } = request.body
    const now = app.clock()
    const note = await app.db.transaction().execute(async (trx) => {
      if (!(await trx.selectFrom('reports').select('id').where('id', '=', id).executeTakeFirst())) throw deskErrors.reportNotFound()
      if (!(await trx.selectFrom('desk_keys').select('id').where('id', '=', envelope.keyId).executeTakeFirst())) throw deskErrors.unknownDeskKey()
      const row = await trx.insertInto('report_notes').values({ report_id: id, created_on: bangkokDay(now), envelope: JSON.stringify(envelope) }).returning('id').executeTakeFirstOrThrow()
      await recordAudit(trx, { action: 'report_note', actorId: account.id, detail: { report: id } }, now)
      return row
    })
    return reply.status(201).send({ id: note.id, createdOn: bangkokDay(now), envelope })
  })

  app.put<ReportParams & { Body: FollowUpMessageUpload }>(deskApi('/reports/:id/follow-up-message'), withBody(deskBodies.followUpMessage), async (request, reply) => {
    const account = signedInAccount(request)
    const { id } = request.params
    const now = app.clock()
    await app.db.transaction().execute(async (trx) => {
      const report = await trx.selectFrom('reports').select('follow_up_lookup').where('id', '=', id).executeTakeFirst()
      if (!report) throw deskErrors.reportNotFound()
      if (report.follow_up_lookup === null) throw deskErrors.noFollowUp()
      await trx.updateTable('reports').set({ follow_up_message: JSON.stringify(request.body.message) }).where('id', '=', id).execute()
      await recordAudit(trx, { action: 'follow_up_message', actorId: account.id, detail: { report: id } }, now)
    })
    return reply.status(204).send()
  })

  app.delete<ReportParams>(deskApi('/reports/:id'), byId, async (request, reply) => {
    const account = signedInAccount(request)
    const { id } = request.params
    const now = app.clock()
    await app.db.transaction().execute(async (trx) => {
      const report = await trx.selectFrom('reports').select('status').where('id', '=', id).forUpdate().executeTakeFirst()
      if (!report) throw deskErrors.reportNotFound()
      if (report.status !== 'closed') throw deskErrors.reportNotClosed()
      await trx.deleteFrom('reports').where('id', '=', id).execute()
      await recordAudit(trx, { action: 'report_delete', actorId: account.id, detail: { report: id } }, now)
    })
    return reply.status(204).send()
  })
}
