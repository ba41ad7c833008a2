import type { CookieSerializeOptions } from '@fastify/cookie'
import { sessionLimits } from './sessionPolicy'

/** The session cookie's name and attributes for a deployment reached at `publicOrigin`; a remembered one lasts as long as its session may. */
export function sessionCookie(publicOrigin: string | undefined, remembered = false): { name: string; options: CookieSerializeOptions } {
  const secure = publicOrigin?.startsWith('https:') ?? false
  return {
    // "__Host-": the browser keeps it only when Secure, host-only and Path=/, so no subdomain can plant one.
    name: secure ? '__Host-staff_session' : 'staff_session',
    options: { httpOnly: true, secure, sameSite: 'strict', path: '/', maxAge: sessionLimits(remembered).absoluteMs / 1000 },
  }
}
