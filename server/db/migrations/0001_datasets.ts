import { sql, type Kysely } from 'kysely'

// Released migrations are never edited: a database that already ran this one would not run it
// again. Change the schema with a new NNNN_name.ts listed in ./index.ts.
// `Kysely<unknown>`: a migration sees the database as it was then, not today's schema.ts.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('places')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('source', 'jsonb', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('dataset_versions')
    .addColumn('number', 'integer', (column) => column.primaryKey().check(sql`number > 0`))
    .addColumn('version', 'text', (column) => column.notNull().unique())
    .addColumn('hash', 'text', (column) => column.notNull().check(sql`hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('file_name', 'text', (column) => column.notNull())
    .addColumn('place_count', 'integer', (column) => column.notNull().check(sql`place_count >= 0`))
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('published_by', 'text', (column) => column.notNull())
    .addColumn('published_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute()
  // The app asks for a dataset by file name (content-addressed): find it without a scan.
  await db.schema.createIndex('dataset_versions_file_name').on('dataset_versions').column('file_name').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dataset_versions').execute()
  await db.schema.dropTable('places').execute()
}
