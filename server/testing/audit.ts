import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** The audit log's lines of `actions`, oldest first, as `action actor-id [target-id] [detail]` for comparison. */
export async function auditLines(db: Kysely<Database>, actions: readonly string[]): Promise<string[]> {
  const rows = await db.selectFrom('staff_audit').select(['action', 'actor_id', 'target_id', 'detail']).orderBy('id').execute()
  return rows
    .filter((row) => actions.includes(row.action))
    .map((row) => [row.action, row.actor_id, row.target_id, row.detail && JSON.stringify(row.detail)].filter((part) => part !== null).join(' '))
}
