import { resolve } from 'node:path'
import type { Kysely } from 'kysely'
import { buildDataset } from '../../geo/build/build'
import { formatIssues } from '../../geo/build/report'
import { insertPlaces, lockVersions, publishVersion } from './datasets'
import type { Database } from './schema'

const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

/** Who published the seed: the same validation and publishing code as `npm run geo:build`. */
export const SEED_PUBLISHER = 'geo/build'

/**
 * On an empty database, stores geo/'s places and publishes the dataset geo/build makes from them
 * as version 1, in one transaction. Returns whether it seeded.
 */
export async function seedIfEmpty(db: Kysely<Database>, projectRoot: string = PROJECT_ROOT): Promise<boolean> {
  const published = await db.selectFrom('dataset_versions').select('number').limit(1).executeTakeFirst()
  if (published) return false
  const built = await buildDataset({ geoDir: resolve(projectRoot, 'geo'), boundariesDir: resolve(projectRoot, 'geo/boundaries'), displayRoot: projectRoot })
  if (!built.ok) throw new Error(`The dataset in geo/ does not pass validation, so the database was not seeded:\n${formatIssues(built.issues)}`)
  return db.transaction().execute(async (trx) => {
    // Another process on the same PostgreSQL may be seeding too: the lock makes one of them win.
    await lockVersions(trx)
    const again = await trx.selectFrom('dataset_versions').select('number').limit(1).executeTakeFirst()
    if (again) return false
    await insertPlaces(trx, built.places)
    await publishVersion(trx, built.dataset, SEED_PUBLISHER)
    return true
  })
}
