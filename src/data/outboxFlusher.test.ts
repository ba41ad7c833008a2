import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { acknowledgement, type ReportEnvelope } from '@common/report/wire'
import { appDatabase } from './database'
import { enqueueEnvelope } from './outbox'
import { requestFlush, startOutboxFlusher } from './outboxFlusher'

const key = {
  id: 'desk-1',
  publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
}
const envelope: ReportEnvelope = { v: 1, keyId: 'desk-1', epk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }, salt: 's', iv: 'i', ciphertext: 'c' }

let posts: string[]
let configReads: number

beforeEach(async () => {
  posts = []
  configReads = 0
  await appDatabase().outbox.clear()
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    // A static host: no /api/config, so the settings come from config.json.
    if (String(input).endsWith('/api/config')) return new Response('not found', { status: 404 })
    if (String(input).endsWith('config.json')) {
      configReads += 1
      return new Response(JSON.stringify({ reportEndpoint: '/api/reports', caseDeskKeys: [key] }))
    }
    const idempotencyKey = new Headers(init?.headers).get('Idempotency-Key') ?? ''
    posts.push(idempotencyKey)
    return Response.json(acknowledgement(idempotencyKey), { status: 201 })
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

/** Waits for every flush asked for so far (they run one after another). */
const settled = () => requestFlush('timer')

describe('outbox flusher', () => {
  it('asks for nothing, not even config.json, when the outbox is empty', async () => {
    startOutboxFlusher()
    await settled()
    window.dispatchEvent(new Event('online'))
    await settled()
    expect(configReads).toBe(0)
    expect(posts).toEqual([])
  })

  it('delivers a waiting report when the network comes back', async () => {
    startOutboxFlusher()
    const id = await enqueueEnvelope(appDatabase().outbox, envelope)
    window.dispatchEvent(new Event('online'))
    await settled()
    expect(posts).toEqual([id])
    expect(await appDatabase().outbox.count()).toBe(0)
  })

  it('sends a report once even when several triggers arrive together', async () => {
    const id = await enqueueEnvelope(appDatabase().outbox, envelope)
    const results = await Promise.all([requestFlush('submit'), requestFlush('online'), requestFlush('start')])
    expect(posts).toEqual([id])
    expect(results[0]?.delivered).toEqual([id])
  })

  it('does not try while the browser says it is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    await enqueueEnvelope(appDatabase().outbox, envelope)
    expect(await requestFlush('online')).toBeNull()
    expect(posts).toEqual([])
    vi.restoreAllMocks()
  })

  it('leaves a report that is not yet due alone when the tab is shown again', async () => {
    const outbox = appDatabase().outbox
    const id = await enqueueEnvelope(outbox, envelope)
    await outbox.update(id, { attempts: 1, nextAttemptAt: Date.now() + 60_000 })
    await requestFlush('visible')
    expect(posts).toEqual([])
    await requestFlush('online')
    expect(posts).toEqual([id])
  })
})
