import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ApiError } from '../http/errors'
import { clientKey } from './clientKey'
import { hitRateLimit, type RateLimit } from './rateLimit'

/**
 * A route's onRequest hook that counts each request against `rule` per client (the day's keyed
 * hash of its address, never the address) and refuses one over the limit with `refusal()` and
 * Retry-After, before the body is read.
 */
export function limitPerClient(name: string, rule: RateLimit, refusal: () => ApiError) {
  return async function checkClientRate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const { db, clock } = request.server
    const now = clock()
    const hit = await hitRateLimit(db, `${name}:client:${await clientKey(db, request.ip, now)}`, rule, now)
    if (hit.allowed) return
    reply.header('retry-after', String(hit.retryAfterSeconds))
    throw refusal()
  }
}
