import fastifyCookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import type { StaffRole } from '@common/staff/roles'
import type { StaffAccountRow } from '../db/schema'
import { makeOriginCheck } from '../security/originCheck'
import { accountOfSession } from './sessions'
import { sessionCookie } from './sessionCookie'
import { staffErrors } from './staffErrors'

/** Every staff API route lives under this prefix, and must say who may call it. */
export const STAFF_API_PREFIX = '/api/staff/'

/**
 * Who may call a staff route: anyone (sign-in, accepting an invitation), any signed-in account,
 * or only the roles listed. Set it as the route's `config.staffAccess`.
 */
export type StaffAccess = 'public' | 'signedIn' | readonly StaffRole[]

declare module 'fastify' {
  interface FastifyContextConfig {
    staffAccess?: StaffAccess
  }
  interface FastifyRequest {
    /** The signed-in account on a staff route, or null. */
    staffAccount: StaffAccountRow | null
  }
  interface FastifyInstance {
    /** The time now; tests inject a clock to move through session and link expiry. */
    clock: () => Date
    /** Every /api/staff/ route and its rule, as registered (the route-by-route access test reads it). */
    staffRouteRules: StaffRouteRule[]
  }
}

export interface StaffRouteRule {
  method: string
  url: string
  access: StaffAccess
}

/** Thrown at start when a staff route is registered without a rule: a forgotten check fails closed. */
export class MissingAccessRuleError extends Error {
  constructor(method: string, url: string) {
    super(`${method} ${url}: a staff route needs config.staffAccess ('public', 'signedIn' or a list of roles)`)
    this.name = 'MissingAccessRuleError'
  }
}

function staffRouteRule(route: RouteOptions): StaffRouteRule | undefined {
  if (!route.url.startsWith(STAFF_API_PREFIX)) return undefined
  const method = [route.method].flat().join(',')
  const access = route.config?.staffAccess
  if (access === undefined) throw new MissingAccessRuleError(method, route.url)
  return { method, url: route.url, access }
}

/** The signed-in account, for handlers of routes whose rule is not 'public'. */
export function signedInAccount(request: FastifyRequest): StaffAccountRow {
  if (!request.staffAccount) throw staffErrors.signedOut()
  return request.staffAccount
}

/** The session id the request carries, if any. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  return request.cookies[sessionCookie(request.server.config.publicOrigin).name]
}

/** Sets or clears the session cookie on a reply (`remembered`: a volunteer's long session). */
export function setSessionCookie(reply: FastifyReply, id: string | null, remembered = false): void {
  const cookie = sessionCookie(reply.server.config.publicOrigin, remembered)
  if (id === null) reply.clearCookie(cookie.name, cookie.options)
  else reply.setCookie(cookie.name, id, cookie.options)
}

/**
 * Installs on the root instance, before any route: cookie parsing, the clock, the rule that every
 * /api/staff/ route declares its access, and on each staff request the Origin check (when it
 * changes something) and the check of that rule. On the root (not an encapsulated plugin), so routes
 * any area registers under /api/staff/ are covered too.
 */
export async function installStaffAccess(app: FastifyInstance, options: { clock?: () => Date } = {}): Promise<void> {
  await app.register(fastifyCookie)
  app.decorate('clock', options.clock ?? (() => new Date()))
  app.decorate('staffRouteRules', [])
  app.decorateRequest('staffAccount', null)
  app.addHook('onRoute', (route) => {
    const rule = staffRouteRule(route)
    // Fastify adds HEAD beside each GET by itself; one rule covers both.
    if (rule && route.method !== 'HEAD') app.staffRouteRules.push(rule)
  })
  const checkOrigin = makeOriginCheck(app.config.publicOrigin)
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.staffAccess
    if (access === undefined) return
    await checkOrigin(request)
    const id = sessionIdOf(request)
    request.staffAccount = id ? await accountOfSession(app.db, id, app.clock()) : null
    if (id && !request.staffAccount) setSessionCookie(reply, null)
    if (access === 'public') return
    if (!request.staffAccount) throw staffErrors.signedOut()
    if (access !== 'signedIn' && !access.includes(request.staffAccount.role)) throw staffErrors.forbidden()
  })
}
