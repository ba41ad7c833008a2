import { sql, type Kysely } from 'kysely'

// Volunteers' proposals and their review (issue #10), and volunteers' remembered sessions.
// Released migrations are never edited (see 0001). A place's check days live in its source record
// (places.source → properties.checks), so they publish and export with the rest of the place.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('proposals')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    // Made on the phone: a retried send finds the proposal it already stored.
    .addColumn('client_id', 'text', (column) => column.notNull())
    .addColumn('author_id', 'integer', (column) => column.notNull().references('staff_accounts.id'))
    .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind in ('check', 'edit', 'add', 'remove')`))
    .addColumn('place_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('answers', 'jsonb')
    .addColumn('comment', 'text')
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('pending').check(sql`status in ('pending', 'approved', 'rejected')`))
    .addColumn('sensitive', 'boolean', (column) => column.notNull())
    .addColumn('decided_by', 'integer', (column) => column.references('staff_accounts.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('rejection_reason', 'text')
    .addColumn('published_version', 'integer', (column) => column.references('dataset_versions.number'))
    .addUniqueConstraint('proposals_author_client_id', ['author_id', 'client_id'])
    // A decision has who and when; a rejection has its reason.
    .addCheckConstraint('proposals_decided', sql`(status = 'pending') = (decided_by is null and decided_at is null)`)
    .addCheckConstraint('proposals_rejection_reason', sql`(status = 'rejected') = (rejection_reason is not null)`)
    .execute()
  await db.schema.createIndex('proposals_status').on('proposals').columns(['status', 'id']).execute()

  // A volunteer who asked to stay signed in on their phone (auth/sessionPolicy.ts gives it a longer life).
  await db.schema
    .alterTable('staff_sessions')
    .addColumn('remembered', 'boolean', (column) => column.notNull().defaultTo(false))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff_sessions').dropColumn('remembered').execute()
  await db.schema.dropTable('proposals').execute()
}
