import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify'

/** The path of a URL without its query string. */
export function pathOf(url: string): string {
  const query = url.indexOf('?')
  return query === -1 ? url : url.slice(0, query)
}

/**
 * One structured line per request, when it completes: method, path, status and time. Never the
 * client's address, a body, a header (cookies, Idempotency-Key) or a query string (links carry
 * one-time tokens; report routes must not leave any trace of what was asked).
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, path: pathOf(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }
    if (error) reply.log.error({ ...line, err: { type: error.name, message: error.message } }, 'request failed')
    else reply.log.info(line, 'request')
  }
}

/** Fastify's logger options: JSON lines to stdout (or `destination`), with the line above. */
export function requestLogOptions(destination?: NodeJS.WritableStream): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  return {
    logger: {
      level: 'info',
      // No pid or host name in every line; nothing from the request unless we put it there.
      base: null,
      serializers: { req: () => ({}), res: () => ({}) },
      ...(destination ? { stream: destination } : {}),
    },
    logController: new OneLinePerRequest(),
  } as Pick<FastifyServerOptions, 'logger' | 'logController'>
}
