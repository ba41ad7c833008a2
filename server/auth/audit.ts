import type { Kysely } from 'kysely'
import type { AuditAction, AuditEntryView, AuditPageView } from '@common/staff/api'
import type { Database } from '../db/schema'

export interface AuditEvent {
  action: AuditAction
  /** The signed-in account that acted; null when nobody was (a failed sign-in). */
  actorId: number | null
  /** The account acted on, if any. */
  targetId?: number | null
  /** A few safe words (role names), never anything a person wrote. */
  detail?: Record<string, string>
}

/** Appends one line to the audit log. Call it inside the transaction that made the change. */
export async function recordAudit(db: Kysely<Database>, event: AuditEvent, at: Date): Promise<void> {
  await db
    .insertInto('staff_audit')
    .values({
      at,
      action: event.action,
      actor_id: event.actorId,
      target_id: event.targetId ?? null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .execute()
}

export const AUDIT_PAGE_SIZE = 50

/** The audit log newest first, `limit` lines older than the line `before` (or the newest). */
export async function readAuditPage(db: Kysely<Database>, before: string | undefined, limit: number = AUDIT_PAGE_SIZE): Promise<AuditPageView> {
  let query = db
    .selectFrom('staff_audit as audit')
    .leftJoin('staff_accounts as actor', 'actor.id', 'audit.actor_id')
    .leftJoin('staff_accounts as target', 'target.id', 'audit.target_id')
    .select(['audit.id', 'audit.at', 'audit.action', 'audit.detail', 'actor.username as actor', 'target.username as target'])
    .orderBy('audit.id', 'desc')
    .limit(limit + 1)
  if (before !== undefined) query = query.where('audit.id', '<', before)
  const rows = await query.execute()
  const entries: AuditEntryView[] = rows.slice(0, limit).map((row) => ({
    id: Number(row.id),
    at: row.at.toISOString(),
    action: row.action,
    actor: row.actor,
    target: row.target,
    detail: row.detail,
  }))
  const last = entries.at(-1)
  return { entries, nextBefore: rows.length > limit && last ? last.id : null }
}
