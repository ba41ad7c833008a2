import type { Kysely } from 'kysely'
import type { DeskNoteView, DeskReportView } from '@common/desk/api'
import type { DeskNoteEnvelope, FollowUpMessage } from '@common/desk/records'
import type { ReportEnvelope } from '@common/report/wire'
import type { Database } from '../db/schema'
import { dayOf } from './bangkokDay'
import { deletesOn } from './retention'

/** Every stored report with its notes, newest day first (within a day the order says nothing: no times are kept). */
export async function listReports(db: Kysely<Database>, retentionDays: number): Promise<DeskReportView[]> {
  const reports = await db
    .selectFrom('reports')
    .select([
      'id',
      'envelope',
      'status',
      'follow_up_message',
      dayOf('received_on').as('receivedOn'),
      dayOf('status_changed_on').as('statusChangedOn'),
      dayOf('closed_on').as('closedOn'),
      (eb) => eb('follow_up_lookup', 'is not', null).as('hasFollowUp'),
    ])
    .orderBy('received_on', 'desc')
    .orderBy('id')
    .execute()
  const notes = await db.selectFrom('report_notes').select(['id', 'report_id', 'envelope', dayOf('created_on').as('createdOn')]).orderBy('id').execute()
  const notesByReport = new Map<string, DeskNoteView[]>()
  for (const note of notes) {
    const list = notesByReport.get(note.report_id) ?? []
    list.push({ id: note.id, createdOn: note.createdOn, envelope: JSON.parse(note.envelope) as DeskNoteEnvelope })
    notesByReport.set(note.report_id, list)
  }
  return reports.map((report) => ({
    id: report.id,
    receivedOn: report.receivedOn,
    status: report.status,
    statusChangedOn: report.statusChangedOn,
    deletesOn: deletesOn(report.closedOn, retentionDays),
    envelope: JSON.parse(report.envelope) as ReportEnvelope,
    notes: notesByReport.get(report.id) ?? [],
    hasFollowUp: Boolean(report.hasFollowUp),
    followUpMessage: report.follow_up_message === null ? null : (JSON.parse(report.follow_up_message) as FollowUpMessage),
  }))
}
