import { sql, type Kysely } from 'kysely'

// Staff accounts, their sessions, invitations, the first administrator's set-up link, login rate
// limits and the append-only audit log. Released migrations are never edited (see 0001).
// Every token column holds a SHA-256 of the token, never the token itself.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff_accounts')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('username', 'text', (column) => column.notNull().unique().check(sql`username ~ '^[a-z][a-z0-9._-]{2,31}$'`))
    .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('admin', 'coordinator', 'volunteer', 'trainer')`))
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('password_changed_at', 'timestamptz', (column) => column.notNull())
    .addColumn('disabled_at', 'timestamptz')
    .execute()

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id_hash', 'text', (column) => column.primaryKey())
    .addColumn('account_id', 'integer', (column) => column.notNull().references('staff_accounts.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema.createIndex('staff_sessions_account').on('staff_sessions').column('account_id').execute()

  await db.schema
    .createTable('staff_invites')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('username', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('admin', 'coordinator', 'volunteer', 'trainer')`))
    .addColumn('invited_by', 'integer', (column) => column.notNull().references('staff_accounts.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .execute()

  await db.schema
    .createTable('staff_setup_links')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .execute()

  // Fixed-window counters shared by every API process (rate limits keep no state in a process).
  await db.schema
    .createTable('rate_limit_counters')
    .addColumn('bucket', 'text', (column) => column.notNull())
    .addColumn('window_start', 'timestamptz', (column) => column.notNull())
    .addColumn('hits', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('rate_limit_counters_pkey', ['bucket', 'window_start'])
    .execute()

  // One random salt a day for the keyed hash that stands for a client's address; old days are deleted.
  await db.schema
    .createTable('client_key_salts')
    .addColumn('day', 'date', (column) => column.primaryKey())
    .addColumn('salt', 'bytea', (column) => column.notNull())
    .execute()

  await db.schema
    .createTable('staff_audit')
    .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (column) => column.notNull())
    .addColumn('actor_id', 'integer', (column) => column.references('staff_accounts.id'))
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('target_id', 'integer', (column) => column.references('staff_accounts.id'))
    .addColumn('detail', 'jsonb')
    .execute()
  // Append-only in the database too: a bug or a stolen application login cannot rewrite history.
  await sql`
    create function staff_audit_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'staff_audit is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end
    $$`.execute(db)
  await sql`create trigger staff_audit_no_update_or_delete before update or delete on staff_audit for each row execute function staff_audit_refuse_change()`.execute(db)
  await sql`create trigger staff_audit_no_truncate before truncate on staff_audit for each statement execute function staff_audit_refuse_change()`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_audit').execute()
  await sql`drop function staff_audit_refuse_change()`.execute(db)
  for (const table of ['client_key_salts', 'rate_limit_counters', 'staff_setup_links', 'staff_invites', 'staff_sessions', 'staff_accounts']) {
    await db.schema.dropTable(table).execute()
  }
}
