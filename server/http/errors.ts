import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { LocalizedText } from '@common/place'

/** Every error response: a stable machine code and a sentence for people, in Thai and English. */
export interface ErrorBody {
  code: string
  message: Required<LocalizedText>
}

/**
 * Throw from a handler to answer with this status and body, e.g.
 * `throw new ApiError(404, 'dataset_not_found', { th: '…', en: '…' })`. Codes are snake_case and
 * never change once released (clients and tests match on them).
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly text: Required<LocalizedText>,
  ) {
    super(text.en)
    this.name = 'ApiError'
  }

  get body(): ErrorBody {
    return { code: this.code, message: this.text }
  }
}

/** Fastify's own errors (parsing, limits, validation) as our stable codes and sentences. */
function fromFastify(error: FastifyError): ApiError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'body_too_large', { th: 'ข้อมูลที่ส่งมาใหญ่เกินกำหนด: ส่งให้สั้นลง', en: 'The request body is larger than this address accepts: send less.' })
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', { th: 'รูปแบบข้อมูลไม่รองรับ: ส่งเป็น application/json', en: 'This content type is not accepted: send application/json.' })
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'malformed_json', { th: 'ข้อมูลไม่ใช่ JSON ที่ถูกต้อง: ตรวจวงเล็บและเครื่องหมายคำพูด', en: 'The body is not valid JSON: check its brackets and quotes.' })
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(400, 'bad_content_length', { th: 'ความยาวข้อมูลไม่ตรงกับ Content-Length', en: 'The body does not match its Content-Length.' })
    case 'FST_ERR_BAD_URL':
      return new ApiError(400, 'bad_url', { th: 'ที่อยู่ที่ขอไม่ถูกต้อง', en: 'The requested address is malformed.' })
    case 'FST_ERR_VALIDATION':
      // Ajv's message names the field and the rule (e.g. "body/email must match format"), never a value.
      return new ApiError(400, 'invalid_request', { th: `คำขอไม่ถูกต้อง: ${error.message}`, en: `The request is not valid: ${error.message}` })
    default:
      // Other 4xx raised by Fastify or its plugins: keep the status, give a generic sentence.
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        return new ApiError(error.statusCode, 'bad_request', { th: 'คำขอไม่ถูกต้อง', en: 'The request could not be handled as sent.' })
      }
      return undefined
  }
}

// SQLSTATE class 22 (data exception): the database could not take a value as given, e.g. a NUL
// character in text or a number out of range. That is the request's fault, not the server's.
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/

function fromDatabase(error: Error & { code?: unknown }): ApiError | undefined {
  if (typeof error.code !== 'string' || !DATA_EXCEPTION.test(error.code)) return undefined
  return new ApiError(400, 'invalid_value', {
    th: 'มีค่าที่บันทึกไม่ได้ (เช่น อักขระควบคุมหรือตัวเลขที่ใหญ่เกินไป): ตรวจข้อมูลแล้วส่งใหม่',
    en: 'A value cannot be stored as sent (for example a control character or a number out of range): check it and send again.',
  })
}

const INTERNAL = new ApiError(500, 'internal_error', {
  th: 'เซิร์ฟเวอร์ขัดข้อง ข้อมูลที่บันทึกไว้แล้วยังอยู่ ลองใหม่อีกครั้งภายหลัง',
  en: 'Something went wrong on the server. Nothing already saved was lost; try again later.',
})

/** The app-wide error handler: a JSON ErrorBody always, never a stack trace; 5xx are logged. */
export function handleError(error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = error instanceof ApiError ? error : (fromDatabase(error) ?? fromFastify(error))
  if (!known) request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'unhandled error')
  const answer = known ?? INTERNAL
  return reply.status(answer.statusCode).type('application/json; charset=utf-8').send(answer.body)
}

/** The JSON 404 for an address that does not exist under /api (and anything not a page). */
export function notFound(): ApiError {
  return new ApiError(404, 'not_found', { th: 'ไม่พบที่อยู่นี้', en: 'There is nothing at this address.' })
}
