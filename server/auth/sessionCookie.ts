import type { CookieSerializeOptions } from '@fastify/cookie'
import { SESSION_ABSOLUTE_MS } from './sessionPolicy'

/** The session cookie's name and attributes for a deployment reached at `publicOrigin`. */
export function sessionCookie(publicOrigin: string | undefined): { name: string; options: CookieSerializeOptions } {
  const secure = publicOrigin?.startsWith('https:') ?? false
  return {
    // "__Host-": the browser keeps it only when Secure, host-only and Path=/, so no subdomain can plant one.
    name: secure ? '__Host-staff_session' : 'staff_session',
    options: { httpOnly: true, secure, sameSite: 'strict', path: '/', maxAge: SESSION_ABSOLUTE_MS / 1000 },
  }
}
