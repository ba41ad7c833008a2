import type { FastifyInstance } from 'fastify'
import type { FollowUpLookupRequest, FollowUpLookupView, FollowUpStatus, ReportStatus } from '@common/desk/api'
import type { FollowUpMessage } from '@common/desk/records'
import { storedLookup } from '../desk/followUpLookup'
import { ApiError } from '../http/errors'
import { limitPerClient } from '../security/clientRateLimit'

/**
 * Lookups per client in 10 minutes. A resident types their code a few times at most; guessing
 * stays hopeless at any such rate (10^16 codes: src/staff/desk/README.md "Follow-up code").
 */
export const FOLLOW_UP_LOOKUPS_PER_CLIENT = { limit: 30, windowMs: 10 * 60 * 1000 } as const

/** What the resident is told about each status. */
export const FOLLOW_UP_STATUS: Record<ReportStatus, FollowUpStatus> = { new: 'received', in_progress: 'contact', closed: 'closed' }

const rateLimited = () =>
  new ApiError(429, 'rate_limited', {
    th: 'ค้นหาบ่อยเกินไป รอสักครู่แล้วลองใหม่',
    en: 'Too many searches just now. Wait a few minutes and try again.',
  })

const BODY = {
  type: 'object',
  required: ['lookup'],
  properties: { lookup: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' } },
  additionalProperties: false,
} as const

/** `POST /api/follow-up` (anonymous): a report's status for the lookup hash of its follow-up code. */
export async function followUpRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: FollowUpLookupRequest }>(
    '/api/follow-up',
    { onRequest: limitPerClient('follow-up', FOLLOW_UP_LOOKUPS_PER_CLIENT, rateLimited), schema: { body: BODY } },
    async (request, reply): Promise<FollowUpLookupView> => {
      reply.header('cache-control', 'no-store')
      // One path for every lookup: the same HMAC and the same indexed query, found or not.
      const row = await app.db
        .selectFrom('reports')
        .select(['status', 'follow_up_message'])
        .where('follow_up_lookup', '=', storedLookup(app.followUpPepper, request.body.lookup))
        .executeTakeFirst()
      if (!row) return { found: false }
      const message = row.follow_up_message === null ? null : (JSON.parse(row.follow_up_message) as FollowUpMessage)
      return { found: true, status: FOLLOW_UP_STATUS[row.status], message }
    },
  )
}
