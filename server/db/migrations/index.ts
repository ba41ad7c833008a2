import type { Migration, MigrationProvider } from 'kysely'
import * as datasets from './0001_datasets'
import * as staffAccounts from './0002_staff_accounts'
import * as caseDesk from './0003_case_desk'
import * as volunteerReview from './0004_volunteer_review'
import * as datasetParts from './0006_dataset_parts'

/**
 * Every migration, by name, in the order they run. Add new ones at the end (NNNN_name.ts);
 * never edit, rename or remove a released one.
 */
export const migrations: Record<string, Migration> = {
  '0001_datasets': datasets,
  '0002_staff_accounts': staffAccounts,
  '0003_case_desk': caseDesk,
  '0004_volunteer_review': volunteerReview,
  '0006_dataset_parts': datasetParts,
}

/** A static provider: migrations are part of the code, not files found at run time. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
