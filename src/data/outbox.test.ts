import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextDelay } from '@/domain/report/backoff'
import { acknowledgement, type ReportEnvelope } from '@common/report/wire'
import { SafeSpaceDb, SCHEMA_V2 } from './database'
import { enqueueEnvelope, flushOutbox, type FlushOptions } from './outbox'
import { freshDatabase } from './testFixtures'

const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

function database(): SafeSpaceDb {
  const db = freshDatabase()
  opened.push(db)
  return db
}

const envelope = (n: number): ReportEnvelope => ({
  v: 1,
  keyId: 'desk-1',
  epk: { kty: 'EC', crv: 'P-256', x: `x${n}`, y: `y${n}` },
  salt: 'c2FsdA',
  iv: 'aXY',
  ciphertext: `Y2lwaGVy${n}`,
})

interface Recorded {
  url: string
  method: string
  key: string | null
  contentType: string | null
  body: unknown
  redirect: RequestRedirect | undefined
}

/** A scripted answer: a status with the acknowledgement (2xx) or an empty body, a given response, or 'offline' (fetch throws). */
type Scripted = number | Response | 'offline'

/**
 * A server stub that answers each POST with the next scripted answer. A 2xx status carries the
 * acknowledgement of the request's Idempotency-Key, as the report server does.
 */
function scriptedServer(answers: Scripted[]) {
  const requests: Recorded[] = []
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers)
    requests.push({
      url: String(input),
      method: init?.method ?? 'GET',
      key: headers.get('Idempotency-Key'),
      contentType: headers.get('Content-Type'),
      body: JSON.parse(String(init?.body)),
      redirect: init?.redirect,
    })
    const next = answers.shift() ?? 500
    if (next === 'offline') throw new TypeError('Failed to fetch')
    if (next instanceof Response) return next
    if (next >= 200 && next < 300) return Response.json(acknowledgement(headers.get('Idempotency-Key') ?? ''), { status: next })
    return new Response(null, { status: next })
  }
  return { fetch: fetchFn as typeof fetch, requests }
}

function options(server: { fetch: typeof fetch }, at: number, overrides: Partial<FlushOptions> = {}): FlushOptions {
  return { endpoint: '/api/reports', fetch: server.fetch, now: () => at, random: () => 0.5, dueOnly: false, includeHeld: false, ...overrides }
}

describe('outbox', () => {
  it('stores the envelope under a fresh UUID, due at once', async () => {
    const db = database()
    const id = await enqueueEnvelope(db.outbox, envelope(1), 1000)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(await db.outbox.get(id)).toEqual({ id, envelope: envelope(1), createdAt: 1000, attempts: 0, nextAttemptAt: 1000, held: false })
    expect(await enqueueEnvelope(db.outbox, envelope(2), 1000)).not.toBe(id)
  })

  it('POSTs the envelope as JSON with its id as Idempotency-Key, and deletes it after a 2xx', async () => {
    const db = database()
    const id = await enqueueEnvelope(db.outbox, envelope(1), 1000)
    const server = scriptedServer([201])

    const result = await flushOutbox(db.outbox, options(server, 2000))

    expect(server.requests).toEqual([{ url: '/api/reports', method: 'POST', key: id, contentType: 'application/json', body: envelope(1), redirect: 'error' }])
    expect(result).toEqual({ delivered: [id], outcomes: { [id]: 'delivered' }, waiting: 0, held: 0, nextAttemptAt: null })
    expect(await db.outbox.count()).toBe(0)
  })

  it('sends the follow-up lookup hash beside the envelope, in the same body, on every try', async () => {
    const db = database()
    const submission = { ...envelope(1), followUpLookup: 'L'.repeat(43) }
    await enqueueEnvelope(db.outbox, submission, 0)
    const server = scriptedServer([503, 201])

    await flushOutbox(db.outbox, options(server, 1000))
    await flushOutbox(db.outbox, options(server, 2000))

    expect(server.requests.map((request) => request.body)).toEqual([submission, submission])
  })

  it('retries after a failure with backoff, sending the same Idempotency-Key every time, until delivered', async () => {
    const db = database()
    const id = await enqueueEnvelope(db.outbox, envelope(1), 0)
    const server = scriptedServer([503, 'offline', 200])

    const first = await flushOutbox(db.outbox, options(server, 1000))
    expect(first).toEqual({ delivered: [], outcomes: { [id]: 'retry' }, waiting: 1, held: 0, nextAttemptAt: 1000 + nextDelay(1, 0.5) })
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 1, held: false, lastStatus: 503 })

    // A timer firing early sends nothing.
    await flushOutbox(db.outbox, options(server, 1001, { dueOnly: true }))
    expect(server.requests).toHaveLength(1)

    const dueAt = first.nextAttemptAt ?? 0
    const second = await flushOutbox(db.outbox, options(server, dueAt, { dueOnly: true }))
    expect(second.nextAttemptAt).toBe(dueAt + nextDelay(2, 0.5))
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 2, lastStatus: 503 })

    const third = await flushOutbox(db.outbox, options(server, dueAt + 1, { dueOnly: false }))
    expect(third.delivered).toEqual([id])
    expect(server.requests.map((r) => r.key)).toEqual([id, id, id])
    expect(server.requests.every((r) => JSON.stringify(r.body) === JSON.stringify(envelope(1)))).toBe(true)
    expect(await db.outbox.count()).toBe(0)
  })

  it.each([
    ['an empty 201', new Response(null, { status: 201 })],
    ['a Wi-Fi login page answering 200 HTML', new Response('<html><form>Login</form></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })],
    ['JSON that acknowledges another report', Response.json(acknowledgement('0b6f3c1e-8f7a-4c2d-9e1b-2a3c4d5e6f70'), { status: 200 })],
    ['an acknowledgement sent as text/html', new Response(JSON.stringify({ stored: true }), { status: 200, headers: { 'Content-Type': 'text/html' } })],
  ])('keeps the only copy when the answer is %s: unconfirmed, retried later', async (_, answer) => {
    const db = database()
    const id = await enqueueEnvelope(db.outbox, envelope(1), 0)
    const result = await flushOutbox(db.outbox, options(scriptedServer([answer]), 1))
    expect(result).toMatchObject({ delivered: [], outcomes: { [id]: 'unconfirmed' }, waiting: 1 })
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 1, held: false, lastOutcome: 'unconfirmed' })
  })

  it('keeps the report when the answer is a redirect (fetch refuses to follow it) or a 409', async () => {
    const db = database()
    const id = await enqueueEnvelope(db.outbox, envelope(1), 0)
    await flushOutbox(db.outbox, options(scriptedServer(['offline', 409]), 1))
    await flushOutbox(db.outbox, options(scriptedServer([409]), 10 ** 9))
    expect(await db.outbox.get(id)).toMatchObject({ held: true, lastStatus: 409, lastOutcome: 'rejected' })
  })

  it('holds an entry the server refuses for good: kept, no timed retries, tried again at the next app start', async () => {
    const db = database()
    const id = await enqueueEnvelope(db.outbox, envelope(1), 0)
    const server = scriptedServer([400, 201])

    const refused = await flushOutbox(db.outbox, options(server, 1))
    expect(refused).toEqual({ delivered: [], outcomes: { [id]: 'rejected' }, waiting: 0, held: 1, nextAttemptAt: null })
    expect(await db.outbox.get(id)).toMatchObject({ held: true, lastStatus: 400, lastOutcome: 'rejected', attempts: 1 })

    await flushOutbox(db.outbox, options(server, 10 ** 12, { dueOnly: false }))
    expect(server.requests).toHaveLength(1)

    const restart = await flushOutbox(db.outbox, options(server, 10 ** 12, { includeHeld: true }))
    expect(restart.delivered).toEqual([id])
    expect(server.requests.map((r) => r.key)).toEqual([id, id])
  })

  it('keeps each report apart: one delivered, one waiting, oldest first', async () => {
    const db = database()
    const older = await enqueueEnvelope(db.outbox, envelope(1), 10)
    const newer = await enqueueEnvelope(db.outbox, envelope(2), 20)
    const server = scriptedServer([500, 201])

    const result = await flushOutbox(db.outbox, options(server, 30))

    expect(server.requests.map((r) => r.key)).toEqual([older, newer])
    expect(result.delivered).toEqual([newer])
    expect((await db.outbox.toArray()).map((entry) => entry.id)).toEqual([older])
  })
})

describe('outbox table (schema version 3)', () => {
  it('is added to a version 2 database without touching what it holds', async () => {
    const name = freshDatabase().name
    const v2 = new Dexie(name)
    v2.version(2).stores(SCHEMA_V2)
    await v2.table('settings').put({ key: 'locale', value: 'en' })
    v2.close()

    const db = new SafeSpaceDb(name)
    opened.push(db)
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'en' })
    expect(await db.outbox.count()).toBe(0)
    expect(db.verno).toBe(3)
  })
})

describe('outbox with two tabs and a hanging server', () => {
  /** A server that answers each POST with the acknowledgement after `delayMs`. */
  function slowServer(delayMs: number) {
    const keys: string[] = []
    const fetchFn = async (_: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const key = new Headers(init?.headers).get('Idempotency-Key') ?? ''
      keys.push(key)
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      return Response.json(acknowledgement(key), { status: 201 })
    }
    return { fetch: fetchFn as typeof fetch, keys }
  }

  it('two tabs flushing at once POST each report once (no Web Locks: a lease in IndexedDB)', async () => {
    const db = database()
    const id = await enqueueEnvelope(db.outbox, envelope(1), 0)
    const server = slowServer(60)
    const [tabA, tabB] = await Promise.all([flushOutbox(db.outbox, options(server, 1)), flushOutbox(db.outbox, options(server, 1))])
    expect(server.keys).toEqual([id])
    expect([...tabA.delivered, ...tabB.delivered]).toEqual([id])
  })

  it('takes the Web Lock around a flush where the browser has one', async () => {
    const db = database()
    await enqueueEnvelope(db.outbox, envelope(1), 0)
    const names: string[] = []
    let held = Promise.resolve<unknown>(undefined)
    const locks = {
      request: (name: string, task: () => Promise<unknown>) => {
        names.push(name)
        const run = held.then(task)
        held = run.catch(() => undefined)
        return run
      },
    }
    vi.stubGlobal('navigator', { ...navigator, locks })
    try {
      const server = slowServer(30)
      await Promise.all([flushOutbox(db.outbox, options(server, 1)), flushOutbox(db.outbox, options(server, 1))])
      expect(names).toEqual(['safe-space-map-outbox', 'safe-space-map-outbox'])
      expect(server.keys).toHaveLength(1)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('gives up on a request that hangs after the timeout and keeps the report for a retry', async () => {
    const db = database()
    const id = await enqueueEnvelope(db.outbox, envelope(1), 0)
    const hanging = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch
    const result = await flushOutbox(db.outbox, options({ fetch: hanging }, 1, { timeoutMs: 50 }))
    expect(result.outcomes).toEqual({ [id]: 'retry' })
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 1, held: false, lastOutcome: 'retry' })
  })
})
