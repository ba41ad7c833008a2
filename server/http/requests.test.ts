import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, DEFAULT_BODY_LIMIT } from '../app'
import { currentVersion } from '../db/datasets'
import type { OpenDatabase } from '../db/open'
import { freshDatabase, testConfig } from '../testing/testApp'
import type { FastifyInstance } from 'fastify'

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE dataset_versions; --",
  "1; DELETE FROM places WHERE ''=''",
  '" OR ""="',
  "x' UNION SELECT body FROM dataset_versions --",
  '\\x00\u0000',
  "$$; TRUNCATE places; $$",
]

const logLines: string[] = []
let database: OpenDatabase
let app: FastifyInstance

beforeAll(async () => {
  database = await freshDatabase()
  const log = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })
  app = await buildApp({ config: testConfig(), db: database.db, log })
  // A route with a body, as the staff and report routes will have, to check what every route gets.
  app.post<{ Body: { id: string } }>(
    '/api/test/places/lookup',
    { schema: { body: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'string', maxLength: 200 } } } } },
    async (request) => {
      const place = await app.db.selectFrom('places').select('id').where('id', '=', request.body.id).executeTakeFirst()
      return { found: place !== undefined }
    },
  )
})
afterAll(async () => {
  await app.close()
  await database.close()
})

function expectError(response: { statusCode: number; json: () => unknown; body: string }, status: number, code: string): void {
  expect(response.statusCode).toBe(status)
  expect(response.json()).toEqual({ code, message: { th: expect.stringMatching(/[\u0E00-\u0E7F]/), en: expect.any(String) } })
  expect(response.body).not.toMatch(/at .+\.(?:ts|js):\d+|node_modules|stack/i)
}

describe('request bodies', () => {
  const lookup = (payload: string, contentType = 'application/json') =>
    app.inject({ method: 'POST', url: '/api/test/places/lookup', headers: { 'content-type': contentType }, payload })

  it('answers malformed JSON with 400 malformed_json', async () => {
    expectError(await lookup('{"id": "a"'), 400, 'malformed_json')
    expectError(await lookup('{id: a}'), 400, 'malformed_json')
  })

  it('refuses a body over the limit with 413 body_too_large, before reading it all', async () => {
    expectError(await lookup(JSON.stringify({ id: 'x'.repeat(DEFAULT_BODY_LIMIT) })), 413, 'body_too_large')
  })

  it('names the field that is wrong', async () => {
    const response = await lookup(JSON.stringify({ id: 5, extra: true }))
    expectError(response, 400, 'invalid_request')
    expect((response.json() as { message: { en: string } }).message.en).toMatch(/body/)
    expectError(await lookup(JSON.stringify({})), 400, 'invalid_request')
  })

  it('refuses a content type it does not read with 415', async () => {
    expectError(await lookup('id=1', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type')
  })
})

describe('SQL injection strings', () => {
  it('in a body, a path, a query and a header: never a 500, nothing changed', async () => {
    const before = await currentVersion(database.db)
    const placesBefore = await database.db.selectFrom('places').select('id').orderBy('id').execute()
    for (const text of INJECTIONS) {
      const responses = [
        await app.inject({ method: 'POST', url: '/api/test/places/lookup', payload: { id: text } }),
        await app.inject({ url: `/api/dataset/${encodeURIComponent(text)}` }),
        await app.inject({ url: `/data/dataset.${encodeURIComponent(text)}.json` }),
        await app.inject({ url: `/api/config?dataset=${encodeURIComponent(text)}` }),
        await app.inject({ url: '/data/manifest.json', headers: { 'if-none-match': text } }),
      ]
      for (const response of responses) expect(response.statusCode, `${text} → ${response.body}`).toBeLessThan(500)
      // Matched nothing (or, for a NUL character, refused as a value text cannot hold).
      expect([JSON.stringify({ found: false }), expect.stringContaining('"code":"invalid_value"')]).toContainEqual(responses[0]!.body)
    }
    expect(await currentVersion(database.db)).toEqual(before)
    expect(await database.db.selectFrom('places').select('id').orderBy('id').execute()).toEqual(placesBefore)
  })
})

describe('the request log', () => {
  it('has one line per request with method, path, status and time; no IP, query, body, token or Idempotency-Key', async () => {
    logLines.length = 0
    await app.inject({ url: '/api/config?invite=SECRET-TOKEN', remoteAddress: '203.0.113.7', headers: { cookie: 'session=COOKIE-VALUE' } })
    await app.inject({
      method: 'POST',
      url: '/api/test/places/lookup?x=QUERY-VALUE',
      remoteAddress: '203.0.113.7',
      headers: { 'idempotency-key': 'IDEMPOTENCY-VALUE', 'x-forwarded-for': '198.51.100.9' },
      payload: { id: 'BODY-VALUE' },
    })
    await app.inject({ url: '/api/reports/abc?token=REPORT-QUERY', remoteAddress: '203.0.113.7' })
    const lines = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'request')
    expect(lines.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'GET', path: '/api/config', status: 200 },
      { method: 'POST', path: '/api/test/places/lookup', status: 200 },
      { method: 'GET', path: '/api/reports/abc', status: 404 },
    ])
    expect(lines.every((line) => typeof line.ms === 'number')).toBe(true)
    const everything = logLines.join('\n')
    for (const secret of ['203.0.113.7', '198.51.100.9', 'SECRET-TOKEN', 'COOKIE-VALUE', 'QUERY-VALUE', 'IDEMPOTENCY-VALUE', 'BODY-VALUE', 'REPORT-QUERY', 'hostname', '"pid"']) {
      expect(everything).not.toContain(secret)
    }
  })
})
