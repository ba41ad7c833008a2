import type { Kysely } from 'kysely'
import { recordAudit } from '../auth/audit'
import type { Database } from '../db/schema'
import { addDays, bangkokDay, dayOf } from './bangkokDay'

// Closed reports are deleted REPORT_RETENTION_DAYS after the day they were closed; open reports
// never are. Deleting removes the row (and its notes, by cascade), not a flag.

/** The day retention deletes a report closed on `closedOn`; null for a report that is not closed. */
export function deletesOn(closedOn: string | null, retentionDays: number): string | null {
  return closedOn === null ? null : addDays(closedOn, retentionDays)
}

/** The ids of the reports whose deletion day has come by `today` (Bangkok, YYYY-MM-DD). */
export function reportsDueForDeletion(reports: readonly { id: string; closedOn: string | null }[], today: string, retentionDays: number): string[] {
  return reports.filter((report) => {
    const due = deletesOn(report.closedOn, retentionDays)
    return due !== null && due <= today
  }).map((report) => report.id)
}

/** Deletes the closed reports whose time has come, one audit line each; returns their ids. */
export async function deleteExpiredReports(db: Kysely<Database>, now: Date, retentionDays: number): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const closed = await trx.selectFrom('reports').select(['id', dayOf('closed_on').as('closedOn')]).where('closed_on', 'is not', null).forUpdate().execute()
    const due = reportsDueForDeletion(closed, bangkokDay(now), retentionDays)
    if (due.length === 0) return due
    await trx.deleteFrom('reports').where('id', 'in', due).execute()
    for (const id of due) await recordAudit(trx, { action: 'report_retention_delete', actorId: null, detail: { report: id } }, now)
    return due
  })
}

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000

export interface RetentionJob {
  /** Resolves when the run at start has finished. */
  firstRun: Promise<void>
  stop: () => void
}

/**
 * Runs `deleteExpiredReports` now and then every `intervalMs` (daily). The timer does not keep the
 * process alive; a failed run is reported and the next one tries again.
 */
export function startRetentionJob(options: {
  db: Kysely<Database>
  clock: () => Date
  retentionDays: number
  onError: (error: unknown) => void
  intervalMs?: number
}): RetentionJob {
  const run = () => deleteExpiredReports(options.db, options.clock(), options.retentionDays).then(() => undefined, options.onError)
  const firstRun = run()
  const timer = setInterval(() => void run(), options.intervalMs ?? RETENTION_INTERVAL_MS)
  timer.unref()
  return { firstRun, stop: () => clearInterval(timer) }
}
