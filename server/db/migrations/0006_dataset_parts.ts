import { sql, type Kysely } from 'kysely'

// The published dataset split by province (issue #14), beside the whole file apps before the split read.
// Released migrations are never edited (see 0001). Versions published before this one have no parts:
// their manifest lists none, and the app fetches the whole file as before.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The manifest's `common` and `parts` entries for this version (null before the split).
  await db.schema.alterTable('dataset_versions').addColumn('parts', 'jsonb').execute()
  // Part and common files, content-addressed: a province that did not change between versions is one row.
  await db.schema
    .createTable('dataset_parts')
    .addColumn('file_name', 'text', (column) => column.primaryKey())
    .addColumn('hash', 'text', (column) => column.notNull().check(sql`hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('first_version', 'integer', (column) => column.notNull().references('dataset_versions.number'))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dataset_parts').execute()
  await db.schema.alterTable('dataset_versions').dropColumn('parts').execute()
}
