import { negotiate } from '@fastify/accept-negotiator'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type BodyEncoding = 'br' | 'gzip'

/** Brotli's quality for bodies compressed while a person waits: near its best ratio at a fraction of quality 11's time. */
export const LIVE_BROTLI_QUALITY = 5

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** The encoding to send a body in, from the request's Accept-Encoding: brotli, then gzip, else none. */
export function chosenEncoding(acceptEncoding: string | undefined): BodyEncoding | null {
  if (!acceptEncoding) return null
  const chosen = negotiate(acceptEncoding, ['br', 'gzip'])
  return chosen === 'br' || chosen === 'gzip' ? chosen : null
}

/** A body that never changes (a published dataset file), compressed in each encoding at most once. */
export class CompressedBody {
  private readonly encoded = new Map<BodyEncoding, Promise<Buffer>>()

  constructor(readonly body: string) {}

  /** The body in this encoding; compressed on the first call, off the event loop. */
  in(encoding: BodyEncoding): Promise<Buffer> {
    let compressed = this.encoded.get(encoding)
    if (!compressed) {
      const input = Buffer.from(this.body)
      compressed =
        encoding === 'br'
          ? brotli(input, { params: { [constants.BROTLI_PARAM_QUALITY]: LIVE_BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: input.length } })
          : gzipped(input)
      // A failure is not kept: the next request tries again.
      compressed.catch(() => this.encoded.delete(encoding))
      this.encoded.set(encoding, compressed)
    }
    return compressed
  }
}
