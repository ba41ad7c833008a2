import type { FastifyInstance } from 'fastify'
import { checkNewPassword } from '@common/staff/passwordPolicy'
import { checkUsername, normalizeUsername } from '@common/staff/username'
import type { InviteLookupView, SignedInView } from '@common/staff/api'
import { ApiError } from '../http/errors'
import { accountView, createAccount, findAccountByUsername } from '../auth/accounts'
import { STAFF_API_PREFIX, sessionIdOf, setSessionCookie, signedInAccount } from '../auth/access'
import { recordAudit } from '../auth/audit'
import { findOpenInvite, markInviteAccepted } from '../auth/invites'
import { hashPassword, verifyPassword } from '../auth/passwordHash'
import { mayRemember } from '../auth/sessionPolicy'
import { endAllSessions, endSession, startSession } from '../auth/sessions'
import { claimSetupLink } from '../auth/setupLink'
import { checkCredentials, countSignInAttempt, SIGN_IN_PER_ACCOUNT, WORKSHOP_SIGN_IN_PER_ACCOUNT } from '../auth/signIn'
import { staffErrors } from '../auth/staffErrors'
import { staffAdminRoutes } from './staffAdmin'
import { bodyOf, PASSWORD_FIELD, TOKEN_FIELD, USERNAME_FIELD } from './staffFields'

const api = (path: string) => `${STAFF_API_PREFIX}${path}`
const SIGN_IN_FIELDS = bodyOf({ username: USERNAME_FIELD, password: PASSWORD_FIELD })
const SIGN_IN_BODY = { ...SIGN_IN_FIELDS, properties: { ...SIGN_IN_FIELDS.properties, remember: { type: 'boolean' } } } as const

/** Refuses a password the policy does not allow, with its reason. */
function requireAcceptablePassword(password: string, username: string): void {
  const problem = checkNewPassword(password, username)
  if (problem) throw new ApiError(400, problem.code, { th: problem.message.th, en: problem.message.en ?? problem.message.th })
}

/**
 * Staff sign-in, sign-out, the first administrator's set-up, accepting an invitation and changing
 * one's password (server/README.md, "Staff accounts"); administration is in ./staffAdmin.ts.
 */
export async function staffRoutes(app: FastifyInstance, options: { distDir?: string }): Promise<void> {
  // The staff page: its own HTML entry, never the resident app's index.html.
  if (options.distDir) app.get('/staff', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('staff.html'))

  app.post<{ Body: { token: string; username: string; password: string } }>(
    api('setup'),
    { config: { staffAccess: 'public' }, schema: { body: bodyOf({ token: TOKEN_FIELD, username: USERNAME_FIELD, password: PASSWORD_FIELD }) } },
    async (request, reply) => {
      const { token, password } = request.body
      const username = normalizeUsername(request.body.username)
      const nameProblem = checkUsername(username)
      if (nameProblem) throw staffErrors.invalid('invalid_username', { th: nameProblem.th, en: nameProblem.en ?? nameProblem.th })
      requireAcceptablePassword(password, username)
      const passwordHash = await hashPassword(password)
      const now = app.clock()
      const { account, sessionId } = await app.db.transaction().execute(async (trx) => {
        if (!(await claimSetupLink(trx, token, now))) throw staffErrors.setupLinkNotUsable()
        const created = await createAccount(trx, { username, role: 'admin', passwordHash }, now)
        await recordAudit(trx, { action: 'setup', actorId: created.id, targetId: created.id }, now)
        return { account: created, sessionId: await startSession(trx, created.id, now) }
      })
      setSessionCookie(reply, sessionId)
      return reply.status(201).send({ account: accountView(account) } satisfies SignedInView)
    },
  )

  // `remember: true` keeps a volunteer signed in on their phone (auth/sessionPolicy.ts); other roles ignore it.
  app.post<{ Body: { username: string; password: string; remember?: boolean } }>(
    api('sign-in'),
    { config: { staffAccess: 'public' }, schema: { body: SIGN_IN_BODY } },
    async (request, reply) => {
      const now = app.clock()
      const { username, password } = request.body
      const account = await checkCredentials(app.db, { username, password, address: request.ip }, now, app.workshop ? WORKSHOP_SIGN_IN_PER_ACCOUNT : SIGN_IN_PER_ACCOUNT)
      const remembered = mayRemember(account.role, request.body.remember === true)
      const sessionId = await app.db.transaction().execute(async (trx) => {
        await recordAudit(trx, { action: 'sign_in', actorId: account.id }, now)
        return startSession(trx, account.id, now, remembered)
      })
      setSessionCookie(reply, sessionId, remembered)
      return { account: accountView(account) } satisfies SignedInView
    },
  )

  // Public: a browser whose session already ended can still clear what it holds.
  app.post(api('sign-out'), { config: { staffAccess: 'public' } }, async (request, reply) => {
    const sessionId = sessionIdOf(request)
    if (sessionId) await endSession(app.db, sessionId)
    if (request.staffAccount) await recordAudit(app.db, { action: 'sign_out', actorId: request.staffAccount.id }, app.clock())
    setSessionCookie(reply, null)
    // Cookies and the HTTP cache; not "storage", which would also erase the resident app's
    // offline data and unsent messages kept on the same origin.
    reply.header('clear-site-data', '"cache", "cookies"')
    return reply.status(204).send()
  })

  app.get(api('me'), { config: { staffAccess: 'signedIn' } }, async (request) => {
    return { account: accountView(signedInAccount(request)) } satisfies SignedInView
  })

  app.post<{ Body: { currentPassword: string; newPassword: string } }>(
    api('password'),
    { config: { staffAccess: 'signedIn' }, schema: { body: bodyOf({ currentPassword: PASSWORD_FIELD, newPassword: PASSWORD_FIELD }) } },
    async (request, reply) => {
      const account = signedInAccount(request)
      const now = app.clock()
      // The current password is guessable here too: it counts against the same limit as sign-in.
      await countSignInAttempt(app.db, { username: account.username }, now)
      if (!(await verifyPassword(account.password_hash, request.body.currentPassword))) throw staffErrors.wrongCurrentPassword()
      requireAcceptablePassword(request.body.newPassword, account.username)
      const passwordHash = await hashPassword(request.body.newPassword)
      const sessionId = await app.db.transaction().execute(async (trx) => {
        await trx.updateTable('staff_accounts').set({ password_hash: passwordHash, password_changed_at: now }).where('id', '=', account.id).execute()
        // Every session ends, on every device; this one continues under a new id.
        await endAllSessions(trx, account.id)
        await recordAudit(trx, { action: 'password_change', actorId: account.id, targetId: account.id }, now)
        return startSession(trx, account.id, now)
      })
      setSessionCookie(reply, sessionId)
      return { account: accountView(account) } satisfies SignedInView
    },
  )

  app.post<{ Body: { token: string } }>(
    api('invites/lookup'),
    { config: { staffAccess: 'public' }, schema: { body: bodyOf({ token: TOKEN_FIELD }) } },
    async (request) => {
      const invite = await findOpenInvite(app.db, request.body.token, app.clock())
      if (!invite) throw staffErrors.inviteNotUsable()
      return { username: invite.username, role: invite.role, expiresAt: invite.expiresAt.toISOString() } satisfies InviteLookupView
    },
  )

  app.post<{ Body: { token: string; password: string } }>(
    api('invites/accept'),
    { config: { staffAccess: 'public' }, schema: { body: bodyOf({ token: TOKEN_FIELD, password: PASSWORD_FIELD }) } },
    async (request, reply) => {
      const { token, password } = request.body
      const invite = await findOpenInvite(app.db, token, app.clock())
      if (!invite) throw staffErrors.inviteNotUsable()
      requireAcceptablePassword(password, invite.username)
      const passwordHash = await hashPassword(password)
      const now = app.clock()
      const account = await app.db.transaction().execute(async (trx) => {
        // Locked and checked again: two acceptances of one link cannot both succeed.
        const stillOpen = await findOpenInvite(trx, token, now, true)
        if (!stillOpen) throw staffErrors.inviteNotUsable()
        if (await findAccountByUsername(trx, stillOpen.username)) throw staffErrors.usernameTaken()
        const created = await createAccount(trx, { username: stillOpen.username, role: stillOpen.role, passwordHash }, now)
        await markInviteAccepted(trx, stillOpen.id, now)
        await recordAudit(trx, { action: 'invite_accepted', actorId: created.id, targetId: created.id }, now)
        return created
      })
      return reply.status(201).send({ account: accountView(account) } satisfies SignedInView)
    },
  )

  await app.register(staffAdminRoutes)
}
