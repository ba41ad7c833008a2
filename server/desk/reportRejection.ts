import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { ReportRejectionCode } from '@common/report/wire'
import { ApiError, handleError } from '../http/errors'

/**
 * A refused report. The body carries the wire contract's `error` (common/report/wire.ts, which the
 * app reads) beside the API's usual `code` and message.
 */
export class ReportRejected extends ApiError {
  constructor(status: number, readonly rejection: ReportRejectionCode, detail: { th: string; en: string }) {
    super(status, rejection, detail)
  }

  override get body() {
    return { ...super.body, error: this.rejection }
  }
}

export const reportRejections = {
  missingIdempotencyKey: () =>
    new ReportRejected(400, 'missing-idempotency-key', {
      th: 'ไม่มีส่วนหัว Idempotency-Key (UUID ตัวพิมพ์เล็ก) ที่แอปสร้างครั้งเดียวต่อเรื่อง จึงไม่ได้บันทึก',
      en: 'The Idempotency-Key header (a lowercase UUID the app makes once per report) is missing or malformed, so nothing was stored.',
    }),
  malformed: (field: string) =>
    new ReportRejected(400, 'malformed-envelope', {
      th: `ข้อมูลที่เข้ารหัสมาไม่ถูกรูปแบบ (${field}) จึงไม่ได้บันทึก ลองอัปเดตแอปแล้วส่งใหม่`,
      en: `The encrypted report is not in the expected form (${field}), so nothing was stored. Update the app and send again.`,
    }),
  unknownKey: () =>
    new ReportRejected(400, 'unknown-key', {
      th: 'เรื่องนี้เข้ารหัสด้วยกุญแจที่โต๊ะรับเรื่องไม่รู้จัก จึงไม่ได้บันทึก แอปจะโหลดกุญแจล่าสุดเมื่อเปิดใหม่',
      en: 'This report is encrypted to a key the case desk does not know, so nothing was stored. The app loads the current key when it starts again.',
    }),
  tooLarge: () =>
    new ReportRejected(413, 'too-large', {
      th: 'ข้อมูลที่ส่งมาใหญ่เกินขนาดของเรื่องแจ้ง จึงไม่ได้บันทึก',
      en: 'The body is larger than any report can be, so nothing was stored.',
    }),
}

/** The report route's error handler: Fastify's own refusals of the body in the wire contract's words. */
export function handleReportError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return handleError(reportRejections.tooLarge(), request, reply)
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return handleError(reportRejections.malformed('json'), request, reply)
  return handleError(error, request, reply)
}
