import type { FastifyInstance } from 'fastify'
import { contentSecurityPolicy } from '@/safety/contentSecurityPolicy'
import type { ServerConfig } from '../config'

/**
 * The headers every response carries (pages, files, JSON, errors, 304s). The CSP is the build's
 * own policy (the same builder writes the <meta> in index.html) plus what only a header can say.
 */
export function securityHeaders(config: Pick<ServerConfig, 'deployment' | 'publicOrigin'>): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': `${contentSecurityPolicy(config.deployment)}; frame-ancestors 'none'`,
    // OpenStreetMap's tile policy needs a Referer: send the origin (never the path) to other sites.
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
    'cross-origin-opener-policy': 'same-origin',
  }
  if (config.publicOrigin?.startsWith('https:')) headers['strict-transport-security'] = 'max-age=63072000; includeSubDomains'
  return headers
}

/** Adds the security headers to every response the app sends, whatever route or error made it. */
export function addSecurityHeaders(app: FastifyInstance, config: Pick<ServerConfig, 'deployment' | 'publicOrigin'>): void {
  const headers = securityHeaders(config)
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers)
    return payload
  })
}
