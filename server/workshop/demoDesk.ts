import { generateKeyPairSync, randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DeskKeyRecord } from '@common/desk/records'
import type { EcPublicJwk } from '@common/report/wire'
import type { Database } from '../db/schema'
import { saveDeskKey } from '../desk/deskStore'

/** The workshop's practice desk key: its public record (published in /api/config) and private JWK (presenter page only). */
export interface DemoDeskKey {
  record: DeskKeyRecord
  privateKeyJwk: EcPublicJwk & { d: string }
}

/** A fresh P-256 key pair for this workshop start, in the desk's own record format. */
export function newDemoDeskKey(now: Date): DemoDeskKey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const { x, y, d } = privateKey.export({ format: 'jwk' })
  if (!x || !y || !d) throw new Error('P-256 key export gave no coordinates')
  const publicKeyJwk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x, y }
  return {
    record: { v: 1, id: `workshop-${randomUUID()}`, publicKeyJwk, createdAt: now.toISOString() },
    privateKeyJwk: { ...publicKeyJwk, d },
  }
}

/**
 * Makes `key` the demo database's only desk key, through the desk's own storage, so /api/config
 * publishes it and /api/reports accepts reports for it. Run inside the transaction that cleared the
 * reports (they reference desk keys). The desk counts as set up, so a coordinator at /staff cannot
 * create a second desk key that reports would then go to.
 */
export async function installDemoDeskKey(trx: Kysely<Database>, key: DemoDeskKey): Promise<void> {
  await trx.deleteFrom('desk_grants').execute()
  await trx.deleteFrom('desk_personal_keys').execute()
  await trx.deleteFrom('desk_keys').execute()
  await trx.deleteFrom('desk_settings').execute()
  await saveDeskKey(trx, key.record)
  await trx.insertInto('desk_settings').defaultValues().execute()
}
