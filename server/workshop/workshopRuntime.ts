import type { Kysely } from 'kysely'
import type { WorkshopAccount, WorkshopAddress, WorkshopConfig } from '@common/workshop/api'
import { insertPlaces, publishVersion } from '../db/datasets'
import type { Database } from '../db/schema'
import { newSecretToken } from '../security/secretToken'
import { resetDemoAccounts } from './demoAccounts'
import { buildDemoDataset, type DemoDataset } from './demoDataset'
import { installDemoDeskKey, newDemoDeskKey, type DemoDeskKey } from './demoDesk'
import { digestOf, newJoinCode, newSessionId } from './secrets'

/** Who published the demo dataset (dataset_versions.published_by). */
export const WORKSHOP_PUBLISHER = 'workshop'

/**
 * One workshop start, held by its process (workshop mode is one process on its own embedded
 * database, so this is the one place the server keeps state in memory): the secrets generated at
 * start, which are shown on the presenter page and nowhere else.
 */
export interface WorkshopRuntime {
  /** What /api/config publishes; `session` changes at each reset. */
  config: WorkshopConfig
  /** The LAN addresses, known once the server listens. */
  addresses: WorkshopAddress[]
  demoDesk: DemoDeskKey
  accounts: { volunteer: WorkshopAccount; trainer: WorkshopAccount }
  demoDataset: DemoDataset
  /** SHA-256 of the presenter key printed on the console; the key itself is not kept. */
  presenterKeyDigest: Buffer
  /** SHA-256 (hex) of each presenter session cookie given out. */
  presenterSessions: Set<string>
}

/**
 * Puts the demo database back to the workshop's start, in one transaction: every report (notes and
 * follow-ups with them), every volunteer proposal (checks and edits) and every dataset version (with
 * its province parts) are deleted, the demo places restored and published again. A phone holding a
 * later version sees a new manifest and takes the start again.
 */
export async function resetDemoData(trx: Kysely<Database>, demo: DemoDataset): Promise<number> {
  await trx.deleteFrom('report_notes').execute()
  await trx.deleteFrom('reports').execute()
  await trx.deleteFrom('proposals').execute()
  // Province part files name the version that first published them.
  await trx.deleteFrom('dataset_parts').execute()
  await trx.deleteFrom('dataset_versions').execute()
  await trx.deleteFrom('places').execute()
  await insertPlaces(trx, demo.places)
  return publishVersion(trx, demo.dataset, WORKSHOP_PUBLISHER)
}

/** A new session id: phones that stored another one wipe their demo records. */
export function startNewSession(runtime: WorkshopRuntime): WorkshopConfig {
  runtime.config = { ...runtime.config, session: newSessionId() }
  return runtime.config
}

/**
 * Prepares the demo database for a new workshop (instead of the real seed): the start's data, a new
 * demo desk key, new demo passwords, a new join code and presenter key. Returns the runtime and the
 * presenter key (for the console only).
 */
export async function prepareWorkshop(db: Kysely<Database>, options: { publicInstallUrl: string | null; now: Date }): Promise<{ runtime: WorkshopRuntime; presenterKey: string }> {
  const demoDataset = await buildDemoDataset()
  const demoDesk = newDemoDeskKey(options.now)
  await db.transaction().execute(async (trx) => {
    await resetDemoData(trx, demoDataset)
    await installDemoDeskKey(trx, demoDesk)
  })
  const accounts = await resetDemoAccounts(db, options.now)
  const presenterKey = newSecretToken()
  const runtime: WorkshopRuntime = {
    config: { session: newSessionId(), joinCode: newJoinCode(), publicInstallUrl: options.publicInstallUrl },
    addresses: [],
    demoDesk,
    accounts,
    demoDataset,
    presenterKeyDigest: digestOf(presenterKey),
    presenterSessions: new Set(),
  }
  return { runtime, presenterKey }
}
