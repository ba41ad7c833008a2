import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { InviteCreatedView, StaffAccountView } from '@common/staff/api'
import type { StaffRole } from '@common/staff/roles'
import { checkUsername, normalizeUsername } from '@common/staff/username'
import { accountView, findAccountById, findAccountByUsername, listAccounts } from '../auth/accounts'
import { STAFF_API_PREFIX, signedInAccount } from '../auth/access'
import { AUDIT_PAGE_SIZE, readAuditPage, recordAudit } from '../auth/audit'
import { createInvite, usernameReservedByInvite } from '../auth/invites'
import { endAllSessions } from '../auth/sessions'
import { staffLink } from '../auth/setupLink'
import { staffErrors } from '../auth/staffErrors'
import type { StaffAccountRow } from '../db/schema'
import { ACCOUNT_ID_PARAMS, bodyOf, ROLE_FIELD, USERNAME_FIELD } from './staffFields'

const api = (path: string) => `${STAFF_API_PREFIX}${path}`
const ADMIN = { staffAccess: ['admin'] } as const

/** The origin people reach this server at: PUBLIC_ORIGIN, or the one this request came to. */
function publicOriginOf(request: FastifyRequest): string {
  return request.server.config.publicOrigin ?? `${request.protocol}://${request.host}`
}

/** Administration: invitations, the list of accounts (role change, disable) and the audit log. Admins only. */
export async function staffAdminRoutes(app: FastifyInstance): Promise<void> {
  /** The account an administrator acts on: it exists, and it is not their own. */
  async function otherAccount(request: FastifyRequest<{ Params: { id: string } }>): Promise<{ admin: StaffAccountRow; target: StaffAccountRow }> {
    const admin = signedInAccount(request)
    const id = Number(request.params.id)
    if (id === admin.id) throw staffErrors.notOnYourself()
    const target = await findAccountById(app.db, id)
    if (!target) throw staffErrors.accountNotFound()
    return { admin, target }
  }

  app.post<{ Body: { username: string; role: StaffRole } }>(
    api('invites'),
    {
      config: ADMIN,
      schema: { body: bodyOf({ username: USERNAME_FIELD, role: ROLE_FIELD }) },
    },
    async (request, reply) => {
      const admin = signedInAccount(request)
      const username = normalizeUsername(request.body.username)
      const problem = checkUsername(username)
      if (problem) throw staffErrors.invalid('invalid_username', { th: problem.th, en: problem.en ?? problem.th })
      const now = app.clock()
      const invite = await app.db.transaction().execute(async (trx) => {
        if ((await findAccountByUsername(trx, username)) || (await usernameReservedByInvite(trx, username, now))) throw staffErrors.usernameTaken()
        const created = await createInvite(trx, { username, role: request.body.role, invitedBy: admin.id }, now)
        await recordAudit(trx, { action: 'invite', actorId: admin.id, detail: { username, role: request.body.role } }, now)
        return created
      })
      const view: InviteCreatedView = { link: staffLink(publicOriginOf(request), 'invite', invite.token), username, role: request.body.role, expiresAt: invite.expiresAt.toISOString() }
      return reply.status(201).send(view)
    },
  )

  app.get(api('accounts'), { config: ADMIN }, async () => ({ accounts: await listAccounts(app.db) }))

  app.post<{ Params: { id: string }; Body: { role: StaffRole } }>(
    api('accounts/:id/role'),
    { config: ADMIN, schema: { params: ACCOUNT_ID_PARAMS, body: bodyOf({ role: ROLE_FIELD }) } },
    async (request): Promise<{ account: StaffAccountView }> => {
      const { admin, target } = await otherAccount(request)
      if (target.disabled_at !== null) throw staffErrors.accountDisabled()
      const role = request.body.role
      if (role === target.role) return { account: accountView(target) }
      const now = app.clock()
      const changed = await app.db.transaction().execute(async (trx) => {
        const row = await trx.updateTable('staff_accounts').set({ role }).where('id', '=', target.id).returningAll().executeTakeFirstOrThrow()
        await recordAudit(trx, { action: 'role_change', actorId: admin.id, targetId: target.id, detail: { from: target.role, to: role } }, now)
        return row
      })
      return { account: accountView(changed) }
    },
  )

  app.post<{ Params: { id: string } }>(
    api('accounts/:id/disable'),
    { config: ADMIN, schema: { params: ACCOUNT_ID_PARAMS } },
    async (request): Promise<{ account: StaffAccountView }> => {
      const { admin, target } = await otherAccount(request)
      if (target.disabled_at !== null) return { account: accountView(target) }
      const now = app.clock()
      const disabled = await app.db.transaction().execute(async (trx) => {
        const row = await trx.updateTable('staff_accounts').set({ disabled_at: now }).where('id', '=', target.id).returningAll().executeTakeFirstOrThrow()
        // At once: every session of the account ends with it.
        await endAllSessions(trx, target.id)
        await recordAudit(trx, { action: 'disable', actorId: admin.id, targetId: target.id }, now)
        return row
      })
      return { account: accountView(disabled) }
    },
  )

  app.get<{ Querystring: { before?: string; limit?: string } }>(
    api('audit'),
    {
      config: ADMIN,
      schema: {
        querystring: {
          type: 'object',
          properties: { before: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' }, limit: { type: 'string', pattern: '^(?:[1-9][0-9]?|1[0-9][0-9]|200)$' } },
          additionalProperties: false,
        },
      },
    },
    async (request) => readAuditPage(app.db, request.query.before, request.query.limit === undefined ? AUDIT_PAGE_SIZE : Number(request.query.limit)),
  )
}
