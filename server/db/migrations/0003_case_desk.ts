import { sql, type Kysely } from 'kysely'

// The case desk (issue #9): coordinators' personal keys, desk keys and their grants (public keys
// and wrapped private keys only), received reports (ciphertext, the Bangkok day only) and the
// coordinators' encrypted notes. The server never holds a key that opens any of it.
// Records are stored as the JSON text that arrived (after a shape check), byte for byte.

const REPORT_STATUS = sql`status in ('new', 'in_progress', 'closed')`

export async function up(db: Kysely<unknown>): Promise<void> {
  // `staff-<account id>` for a coordinator, `desk-recovery` for the recovery key (no account).
  await db.schema
    .createTable('desk_personal_keys')
    .addColumn('holder_id', 'text', (column) => column.primaryKey())
    .addColumn('account_id', 'integer', (column) => column.unique().references('staff_accounts.id'))
    .addColumn('record', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .execute()

  // `position` orders the keys: the highest is the one new reports are encrypted to.
  await db.schema
    .createTable('desk_keys')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('position', 'integer', (column) => column.notNull().unique().generatedAlwaysAsIdentity())
    .addColumn('record', 'text', (column) => column.notNull())
    .execute()

  await db.schema
    .createTable('desk_grants')
    .addColumn('desk_key_id', 'text', (column) => column.notNull().references('desk_keys.id'))
    .addColumn('holder_id', 'text', (column) => column.notNull().references('desk_personal_keys.holder_id'))
    .addColumn('record', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('desk_grants_pkey', ['desk_key_id', 'holder_id'])
    .execute()
  await db.schema.createIndex('desk_grants_holder').on('desk_grants').column('holder_id').execute()

  // One row once the desk is set up; inserting it is what makes a second set-up fail.
  await db.schema
    .createTable('desk_settings')
    .addColumn('id', 'boolean', (column) => column.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn('rotation_due', 'boolean', (column) => column.notNull().defaultTo(false))
    .execute()

  // No time of day anywhere: the day (Asia/Bangkok) is all the server keeps. No client address.
  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('key_id', 'text', (column) => column.notNull().references('desk_keys.id'))
    .addColumn('envelope', 'text', (column) => column.notNull())
    .addColumn('received_on', 'date', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('new').check(REPORT_STATUS))
    .addColumn('status_changed_on', 'date', (column) => column.notNull())
    .addColumn('closed_on', 'date')
    // HMAC-SHA-256 (hex) of the resident's lookup hash under a pepper kept outside the database.
    .addColumn('follow_up_lookup', 'text', (column) => column.unique())
    .addColumn('follow_up_message', 'text')
    // SHA-256 (hex) of the phone's Idempotency-Key: one row per key, also when copies race.
    .addColumn('idempotency_key_hash', 'text', (column) => column.notNull().unique())
    .addCheckConstraint('reports_closed_on', sql`(status = 'closed') = (closed_on is not null)`)
    .execute()
  await db.schema.createIndex('reports_closed_on_idx').on('reports').column('closed_on').where(sql.ref('closed_on'), 'is not', null).execute()

  await db.schema
    .createTable('report_notes')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('report_id', 'uuid', (column) => column.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('created_on', 'date', (column) => column.notNull())
    .addColumn('envelope', 'text', (column) => column.notNull())
    .execute()
  await db.schema.createIndex('report_notes_report').on('report_notes').column('report_id').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['report_notes', 'reports', 'desk_settings', 'desk_grants', 'desk_keys', 'desk_personal_keys']) {
    await db.schema.dropTable(table).execute()
  }
}
