import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { currentVersion, manifestOf, publishedFile } from '../db/datasets'
import { chosenEncoding, CompressedBody } from '../http/compressedBody'
import { ApiError } from '../http/errors'
import { etagFor, matchesIfNoneMatch } from '../http/etag'

export interface DatasetRoutesOptions {
  /** The built app: a dataset file the database does not hold may still ship in it (the precache). */
  distDir?: string
}

// The route's pattern (one quantifier: the router refuses nested ones)…
const DATASET_ROUTE = '^dataset\\.[0-9a-z.]{8,20}\\.json$'
// …and the names it serves: the whole file, a province part (`dataset.p10.<hash8>.json`) or the common file.
const DATASET_FILE = /^dataset\.(?:p[0-9]{1,3}\.|common\.)?[0-9a-f]{8}\.json$/

/** The published JSON kept in memory (its compressed copies add about a tenth): 100,000 places' parts are 44 MB. */
const CACHED_BODY_CHARS = 64 * 1024 * 1024

const noDataset = (): ApiError =>
  new ApiError(404, 'dataset_not_found', { th: 'ยังไม่มีชุดข้อมูลที่เผยแพร่', en: 'No dataset has been published under this name.' })

/** Answers 304 when the client already holds this entity; otherwise sets the ETag and says to send. */
function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('etag', etag)
  if (!matchesIfNoneMatch(request.headers['if-none-match'], etag)) return false
  reply.code(304).send()
  return true
}

/**
 * The published dataset, from the database: the manifest (always revalidated) and the dataset
 * files — whole, and split into province parts and a common file — (content-addressed, cached for good). Served at /data/… where the app has always looked,
 * and at /api/dataset/… for other clients.
 */
export async function datasetRoutes(app: FastifyInstance, { distDir }: DatasetRoutesOptions): Promise<void> {
  // Published rows never change, so a body read (and compressed) once can be served again without the
  // database or compressing it again, up to CACHED_BODY_CHARS: every part of a national dataset fits.
  const bodies = new Map<string, { hash: string; content: CompressedBody }>()
  let cachedChars = 0

  async function publishedContent(file: string): Promise<{ hash: string; content: CompressedBody } | undefined> {
    const stored = await publishedFile(app.db, file)
    return stored && { hash: stored.hash, content: new CompressedBody(stored.body) }
  }

  async function manifest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const current = await currentVersion(app.db)
    if (!current) throw noDataset()
    reply.header('cache-control', 'no-cache')
    if (notModified(request, reply, etagFor(`${current.number}-${current.hash}`))) return
    reply.send(manifestOf(current))
  }

  async function datasetFile(request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply): Promise<void> {
    const { file } = request.params
    if (!DATASET_FILE.test(file)) throw noDataset()
    const stored = bodies.get(file) ?? (await publishedContent(file))
    if (!stored) {
      if (distDir && request.url.startsWith('/data/') && existsSync(join(distDir, 'data', file))) return reply.sendFile(`data/${file}`)
      throw noDataset()
    }
    if (!bodies.has(file)) {
      if (cachedChars + stored.content.body.length > CACHED_BODY_CHARS) {
        bodies.clear()
        cachedChars = 0
      }
      bodies.set(file, stored)
      cachedChars += stored.content.body.length
    }
    reply.header('cache-control', 'public, max-age=31536000, immutable')
    // A national dataset's files are megabytes of JSON: compressed, a phone downloads about a tenth.
    const encoding = chosenEncoding(request.headers['accept-encoding'])
    reply.header('vary', 'accept-encoding')
    if (notModified(request, reply, etagFor(encoding ? `${stored.hash}-${encoding}` : stored.hash))) return
    reply.type('application/json; charset=utf-8')
    if (!encoding) return reply.send(stored.content.body)
    reply.header('content-encoding', encoding).send(await stored.content.in(encoding))
  }

  for (const folder of ['/data', '/api/dataset']) {
    app.get(`${folder}/:file(${DATASET_ROUTE})`, datasetFile)
  }
  app.get('/data/manifest.json', manifest)
  app.get('/api/dataset/manifest', manifest)
}
