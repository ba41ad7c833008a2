import type { FastifyRequest } from 'fastify'
import { ApiError } from '../http/errors'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * True when a request that changes something comes from this app's own pages: its Origin is the
 * configured public origin, or the origin the request itself was sent to. A missing or "null"
 * Origin is refused (browsers send Origin on every POST).
 */
export function isOwnOrigin(origin: string | undefined, own: { publicOrigin?: string; requestOrigin: string }): boolean {
  if (!origin || origin === 'null') return false
  return origin === own.publicOrigin || origin === own.requestOrigin
}

const REFUSED = new ApiError(403, 'origin_refused', {
  th: 'คำขอนี้ไม่ได้มาจากหน้าของแอปนี้ จึงไม่ได้ทำตาม เปิดหน้าเจ้าหน้าที่จากที่อยู่ของแอปนี้โดยตรงแล้วลองใหม่',
  en: 'This request did not come from this app’s own pages, so it was not carried out. Open the staff page at this app’s address and try again.',
})

/** A Fastify onRequest hook: refuses a state-changing request from another origin (cross-site request forgery). */
export function makeOriginCheck(publicOrigin: string | undefined) {
  return async function checkOrigin(request: FastifyRequest): Promise<void> {
    if (SAFE_METHODS.has(request.method)) return
    const requestOrigin = `${request.protocol}://${request.host}`
    if (!isOwnOrigin(request.headers.origin, { publicOrigin, requestOrigin })) throw REFUSED
  }
}
