import type { FastifyInstance, FastifyRequest } from 'fastify'
import { acknowledgement, checkEnvelope, IDEMPOTENCY_KEY, MAX_ENVELOPE_JSON_CHARS, type ReportAcknowledgement } from '@common/report/wire'
import { isRecord } from '@common/validation/guards'
import { bangkokDay } from '../desk/bangkokDay'
import { LOOKUP_HASH, storedLookup } from '../desk/followUpLookup'
import { handleReportError, reportRejections } from '../desk/reportRejection'
import { ApiError } from '../http/errors'
import { limitPerClient } from '../security/clientRateLimit'
import { hashSecretToken } from '../security/secretToken'

/**
 * Reports per client (the day's keyed hash of its address) in 10 minutes. A resident sends one
 * report, and the app retries it with the same key after 2.5 s, 5 s, 10 s… (backoff.ts); many
 * phones share one address behind a mobile carrier's NAT. 120 lets all of that through and still
 * stops one client from filling the database quickly.
 */
export const REPORTS_PER_CLIENT = { limit: 120, windowMs: 10 * 60 * 1000 } as const

const rateLimited = () =>
  new ApiError(429, 'rate_limited', {
    th: 'มีการส่งจากเครือข่ายนี้มากเกินไป แอปเก็บเรื่องไว้ในเครื่องแล้วและจะลองส่งใหม่เอง',
    en: 'Too many reports from this network just now. The app keeps the report and will try again by itself.',
  })

const followUpInUse = () =>
  new ApiError(409, 'follow_up_in_use', {
    th: 'รหัสติดตามนี้ถูกใช้กับเรื่องอื่นแล้ว ส่งเรื่องใหม่โดยขอรหัสติดตามใหม่',
    en: 'This follow-up code belongs to another report. Send the report again with a new follow-up code.',
  })

/** The phone's Idempotency-Key, checked before the body is read. */
function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key']
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) throw reportRejections.missingIdempotencyKey()
  return key
}

/** `POST /api/reports` (anonymous): stores an encrypted report once per Idempotency-Key and acknowledges it. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  // Desk keys are never deleted, so an id once found stays valid: only unknown ids reach the database.
  const knownKeyIds = new Set<string>()
  async function isDeskKey(id: string): Promise<boolean> {
    if (knownKeyIds.has(id)) return true
    const row = await app.db.selectFrom('desk_keys').select('id').where('id', '=', id).executeTakeFirst()
    if (row) knownKeyIds.add(id)
    return row !== undefined
  }

  app.post(
    '/api/reports',
    {
      // The largest envelope (common/report/wire.ts) with the follow-up lookup beside it; longer is refused unread.
      bodyLimit: MAX_ENVELOPE_JSON_CHARS,
      onRequest: [limitPerClient('report', REPORTS_PER_CLIENT, rateLimited), async (request) => void idempotencyKeyOf(request)],
      errorHandler: handleReportError,
    },
    async (request, reply): Promise<ReportAcknowledgement> => {
      const key = idempotencyKeyOf(request)
      if (!isRecord(request.body)) throw reportRejections.malformed('envelope')
      const { followUpLookup, ...envelopeFields } = request.body
      if (followUpLookup !== undefined && (typeof followUpLookup !== 'string' || !LOOKUP_HASH.test(followUpLookup))) throw reportRejections.malformed('followUpLookup')
      const check = checkEnvelope(envelopeFields)
      if (!check.ok) throw check.code === 'too-large' ? reportRejections.tooLarge() : reportRejections.malformed(check.field)
      if (!(await isDeskKey(check.envelope.keyId))) throw reportRejections.unknownKey()
      const idempotencyKeyHash = hashSecretToken(key)
      const today = bangkokDay(app.clock())
      // Two copies racing: the second waits for the first's row, does nothing, then finds it.
      const inserted = await app.db
        .insertInto('reports')
        .values({
          key_id: check.envelope.keyId,
          envelope: JSON.stringify(check.envelope),
          received_on: today,
          status_changed_on: today,
          follow_up_lookup: typeof followUpLookup === 'string' ? storedLookup(app.followUpPepper, followUpLookup) : null,
          idempotency_key_hash: idempotencyKeyHash,
        })
        .onConflict((conflict) => conflict.doNothing())
        .returning('id')
        .executeTakeFirst()
      if (!inserted) {
        const first = await app.db.selectFrom('reports').select('id').where('idempotency_key_hash', '=', idempotencyKeyHash).executeTakeFirst()
        if (!first) throw followUpInUse()
      }
      // A repeat gets the first answer: the same status and body.
      reply.status(201)
      return acknowledgement(key)
    },
  )
}
