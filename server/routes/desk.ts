import type { FastifyInstance } from 'fastify'
import type { DeskGrantsUpload, DeskRotationUpload, DeskSetupUpload, DeskStateView, PersonalKeyUpload } from '@common/desk/api'
import type { DeskKeyGrant } from '@common/desk/records'
import { STAFF_API_PREFIX, signedInAccount } from '../auth/access'
import { recordAudit } from '../auth/audit'
import { findAccountById } from '../auth/accounts'
import type { Database } from '../db/schema'
import { deskErrors } from '../desk/deskErrors'
import {
  RECOVERY_HOLDER_ID,
  accountIdOfHolder,
  currentDeskKeyId,
  deskSettings,
  grantsOf,
  holderIdOf,
  holdersOfKey,
  listDeskKeys,
  listHolders,
  personalKeyOf,
  saveDeskKey,
  saveGrants,
  savePersonalKey,
} from '../desk/deskStore'
import { DESK_BODY_LIMIT, HOLDER_ID_PARAMS, deskBodies, refusePrivateKeys } from '../desk/recordSchemas'
import type { Kysely } from 'kysely'

/**
 * The case desk's keys, for coordinators only. Not administrators: an administrator manages
 * accounts, and keeping them off the desk means one stolen administrator login cannot read or steer
 * reports (an administrator who must work the desk gets a coordinator account).
 */
export const DESK_ACCESS = { staffAccess: ['coordinator'] } as const

export const deskApi = (path = '') => `${STAFF_API_PREFIX}desk${path}`

/** Route options shared by every desk route with a body: coordinators, bounded, no private keys. */
export const deskBody = (body: object) => ({ config: DESK_ACCESS, bodyLimit: DESK_BODY_LIMIT, preValidation: refusePrivateKeys, schema: { body } })

/** Every grant is of `deskKeyId`, one per holder. */
function checkGrantsOfKey(grants: readonly DeskKeyGrant[], deskKeyId: string): Set<string> {
  if (grants.some((grant) => grant.deskKeyId !== deskKeyId)) throw deskErrors.recordMismatch('every grant must be of the new desk key')
  const holders = new Set(grants.map((grant) => grant.holderId))
  if (holders.size !== grants.length) throw deskErrors.recordMismatch('one grant per holder')
  return holders
}

/** Each holder has a personal key on file (grants are wrapped to it). */
async function checkHoldersHavePersonalKeys(db: Kysely<Database>, holderIds: Iterable<string>): Promise<void> {
  for (const holderId of holderIds) {
    if (!(await personalKeyOf(db, holderId))) throw deskErrors.recordMismatch(`${holderId} has no personal key`)
  }
}

export async function deskRoutes(app: FastifyInstance): Promise<void> {
  app.get(deskApi(), { config: DESK_ACCESS }, async (request): Promise<DeskStateView> => {
    const me = holderIdOf(signedInAccount(request).id)
    const [deskKeys, settings, personalKey, grants, recoveryKey] = await Promise.all([
      listDeskKeys(app.db),
      deskSettings(app.db),
      personalKeyOf(app.db, me),
      grantsOf(app.db, me),
      personalKeyOf(app.db, RECOVERY_HOLDER_ID),
    ])
    const holders = await listHolders(app.db, deskKeys[0]?.id)
    return { initialized: settings.initialized, deskKeys, personalKey, grants, recoveryKey, holders, rotationDue: settings.rotationDue }
  })

  app.put<{ Body: PersonalKeyUpload }>(deskApi('/personal-key'), deskBody(deskBodies.personalKey), async (request, reply) => {
    const account = signedInAccount(request)
    const { personalKey } = request.body
    if (personalKey.holderId !== holderIdOf(account.id)) throw deskErrors.recordMismatch(`holderId must be ${holderIdOf(account.id)}`)
    await app.db.transaction().execute(async (trx) => {
      const earlier = await personalKeyOf(trx, personalKey.holderId)
      // A new key pair (not a new passphrase for the same one): grants wrapped to the old key cannot be opened any more.
      if (earlier && JSON.stringify(earlier.publicKeyJwk) !== JSON.stringify(personalKey.publicKeyJwk)) {
        await trx.deleteFrom('desk_grants').where('holder_id', '=', personalKey.holderId).execute()
      }
      await savePersonalKey(trx, personalKey, account.id, app.clock())
    })
    return reply.status(204).send()
  })

  app.post<{ Body: DeskSetupUpload }>(deskApi('/setup'), deskBody(deskBodies.setup), async (request, reply) => {
    const account = signedInAccount(request)
    const { deskKey, grants, recoveryKey } = request.body
    const me = holderIdOf(account.id)
    if (recoveryKey.holderId !== RECOVERY_HOLDER_ID) throw deskErrors.recordMismatch(`recoveryKey.holderId must be ${RECOVERY_HOLDER_ID}`)
    const holders = checkGrantsOfKey(grants, deskKey.id)
    if (holders.size !== 2 || !holders.has(me) || !holders.has(RECOVERY_HOLDER_ID)) throw deskErrors.recordMismatch(`grants must be to ${me} and ${RECOVERY_HOLDER_ID}`)
    const now = app.clock()
    await app.db.transaction().execute(async (trx) => {
      if (!(await personalKeyOf(trx, me))) throw deskErrors.noPersonalKey()
      // The settings row is the gate: of two set-ups racing, the second finds it and stops.
      const created = await trx.insertInto('desk_settings').defaultValues().onConflict((conflict) => conflict.column('id').doNothing()).returning('id').executeTakeFirst()
      if (!created) throw deskErrors.deskExists()
      await savePersonalKey(trx, recoveryKey, null, now)
      await saveDeskKey(trx, deskKey)
      await saveGrants(trx, grants)
      await recordAudit(trx, { action: 'desk_setup', actorId: account.id }, now)
    })
    return reply.status(201).send({ deskKeys: [deskKey] })
  })

  app.post<{ Body: DeskGrantsUpload }>(deskApi('/grants'), deskBody(deskBodies.grants), async (request, reply) => {
    const account = signedInAccount(request)
    const { grants } = request.body
    const recipient = grants[0]?.holderId ?? ''
    if (grants.some((grant) => grant.holderId !== recipient)) throw deskErrors.recordMismatch('every grant must be to the same holder')
    const recipientId = accountIdOfHolder(recipient)
    const now = app.clock()
    await app.db.transaction().execute(async (trx) => {
      const current = await currentDeskKeyId(trx)
      if (current === undefined) throw deskErrors.deskNotSetUp()
      const target = recipientId === null ? undefined : await findAccountById(trx, recipientId)
      if (!target || target.role !== 'coordinator' || target.disabled_at !== null || !(await personalKeyOf(trx, recipient))) throw deskErrors.notACoordinator()
      const known = new Set((await listDeskKeys(trx)).map((key) => key.id))
      const ids = new Set(grants.map((grant) => grant.deskKeyId))
      if (ids.size !== grants.length) throw deskErrors.recordMismatch('one grant per desk key')
      if ([...ids].some((id) => !known.has(id))) throw deskErrors.unknownDeskKey()
      if (!ids.has(current)) throw deskErrors.recordMismatch('the grants must include the current desk key')
      await saveGrants(trx, grants)
      await recordAudit(trx, { action: 'desk_grant', actorId: account.id, targetId: target.id }, now)
    })
    return reply.status(204).send()
  })

  app.delete<{ Params: { holderId: string } }>(deskApi('/holders/:holderId'), { config: DESK_ACCESS, schema: { params: HOLDER_ID_PARAMS } }, async (request, reply) => {
    const account = signedInAccount(request)
    const { holderId } = request.params
    if (holderId === RECOVERY_HOLDER_ID) throw deskErrors.cannotRevokeRecovery()
    const now = app.clock()
    await app.db.transaction().execute(async (trx) => {
      // Serialise revocations, so two cannot each leave the other as "not the last person".
      await trx.updateTable('desk_settings').set({ rotation_due: true }).execute()
      const holding = await trx.selectFrom('desk_grants').select('holder_id').distinct().where('holder_id', '!=', RECOVERY_HOLDER_ID).execute()
      const people = holding.map((row) => row.holder_id)
      if (!people.includes(holderId)) throw deskErrors.holderNotFound()
      if (people.length === 1) throw deskErrors.lastHolder()
      await trx.deleteFrom('desk_grants').where('holder_id', '=', holderId).execute()
      await recordAudit(trx, { action: 'desk_revoke', actorId: account.id, targetId: accountIdOfHolder(holderId) }, now)
    })
    return reply.status(204).send()
  })

  app.post<{ Body: DeskRotationUpload }>(deskApi('/rotate'), deskBody(deskBodies.rotation), async (request, reply) => {
    const account = signedInAccount(request)
    const { deskKey, grants } = request.body
    const holders = checkGrantsOfKey(grants, deskKey.id)
    const now = app.clock()
    await app.db.transaction().execute(async (trx) => {
      // Locks the settings row: one rotation at a time, and no revocation in between.
      const settings = await trx.selectFrom('desk_settings').select('rotation_due').forUpdate().executeTakeFirst()
      const current = await currentDeskKeyId(trx)
      if (!settings || current === undefined) throw deskErrors.deskNotSetUp()
      if (await trx.selectFrom('desk_keys').select('id').where('id', '=', deskKey.id).executeTakeFirst()) throw deskErrors.deskKeyExists()
      const expected = await holdersOfKey(trx, current)
      if (expected.length !== holders.size || expected.some((holderId) => !holders.has(holderId))) throw deskErrors.holdersChanged()
      await checkHoldersHavePersonalKeys(trx, holders)
      await saveDeskKey(trx, deskKey)
      await saveGrants(trx, grants)
      await trx.updateTable('desk_settings').set({ rotation_due: false }).execute()
      await recordAudit(trx, { action: 'desk_rotate', actorId: account.id }, now)
    })
    return reply.status(201).send({ deskKeys: await listDeskKeys(app.db) })
  })

  // The desk is opened in the browser (the server cannot tell); the page says so for the audit log.
  app.post(deskApi('/unlocked'), { config: DESK_ACCESS }, async (request, reply) => {
    const account = signedInAccount(request)
    await recordAudit(app.db, { action: 'desk_unlock', actorId: account.id }, app.clock())
    return reply.status(204).send()
  })
}
