import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '@common/canonicalJson'
import { publishDataset } from '@common/dataset'
import type { Dataset, DatasetManifest } from '@common/place'
import { sha256Hex } from '../../geo/build/hash'
import { datasetHashInput, parseManifest, validateDatasetShape } from '@/domain/datasetUpdate'
import { publishVersion } from '../db/datasets'
import { createTestApp, type TestApp } from '../testing/testApp'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function manifestAt(path: string): Promise<{ manifest: DatasetManifest; etag: string }> {
  const response = await t.app.inject({ url: path })
  expect(response.statusCode).toBe(200)
  const parsed = parseManifest(response.json())
  if (!parsed.ok) throw new Error(parsed.problem)
  return { manifest: parsed.value, etag: String(response.headers.etag) }
}

describe('the published dataset', () => {
  it('serves version 1 (the seed) where the app looks, complete and matching its hash', async () => {
    const { manifest } = await manifestAt('/data/manifest.json')
    const response = await t.app.inject({ url: `/data/${manifest.file}` })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const shaped = validateDatasetShape(response.json(), manifest)
    expect(shaped.ok).toBe(true)
    const dataset = response.json() as Dataset
    expect(sha256Hex(datasetHashInput(dataset))).toBe(manifest.hash)
    expect(manifest.placeCount).toBeGreaterThan(100)
  })

  it('serves the same manifest and file under /api/dataset/', async () => {
    const fromData = await manifestAt('/data/manifest.json')
    const fromApi = await manifestAt('/api/dataset/manifest')
    expect(fromApi).toEqual(fromData)
    const file = await t.app.inject({ url: `/api/dataset/${fromApi.manifest.file}` })
    expect(file.statusCode).toBe(200)
    expect(file.json()).toMatchObject({ hash: fromApi.manifest.hash })
  })

  it('answers 304 with no body when the app already has the manifest or the file', async () => {
    const { manifest, etag } = await manifestAt('/data/manifest.json')
    const again = await t.app.inject({ url: '/data/manifest.json', headers: { 'if-none-match': etag } })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.etag).toBe(etag)

    const file = await t.app.inject({ url: `/data/${manifest.file}` })
    const cached = await t.app.inject({ url: `/data/${manifest.file}`, headers: { 'if-none-match': `W/"x", ${String(file.headers.etag)}` } })
    expect(cached.statusCode).toBe(304)
    const stale = await t.app.inject({ url: `/data/${manifest.file}`, headers: { 'if-none-match': '"0000"' } })
    expect(stale.statusCode).toBe(200)
  })

  it('serves a newly published version at once, with a new ETag; the old file stays available', async () => {
    const before = await manifestAt('/data/manifest.json')
    const old = (await t.app.inject({ url: `/data/${before.manifest.file}` })).json() as Dataset
    const renamed = { districts: old.districts, hotlines: old.hotlines, attribution: old.attribution, places: old.places.map((place, index) => (index === 0 ? { ...place, name: { ...place.name, th: 'ชื่อใหม่' } } : place)) }
    const { dataset } = publishDataset(renamed, sha256Hex(canonicalJson(renamed)))
    await t.database.db.transaction().execute((trx) => publishVersion(trx, dataset, 'test'))

    const after = await manifestAt('/data/manifest.json')
    expect(after.manifest.hash).toBe(dataset.hash)
    expect(after.etag).not.toBe(before.etag)
    const stale = await t.app.inject({ url: '/data/manifest.json', headers: { 'if-none-match': before.etag } })
    expect(stale.statusCode).toBe(200)
    expect((await t.app.inject({ url: `/data/${before.manifest.file}` })).statusCode).toBe(200)
    const config = (await t.app.inject({ url: '/api/config' })).json() as { dataset: { number: number; hash: string } }
    expect(config.dataset).toMatchObject({ number: 2, hash: dataset.hash })
  })

  it('sends the files compressed to a browser that accepts it (brotli first, then gzip), the same JSON inside', async () => {
    const { manifest } = await manifestAt('/data/manifest.json')
    const plain = await t.app.inject({ url: `/data/${manifest.file}` })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('accept-encoding')

    const br = await t.app.inject({ url: `/data/${manifest.file}`, headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.statusCode).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('accept-encoding')
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body)
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4)

    const gzip = await t.app.inject({ url: `/api/dataset/${manifest.file}`, headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body)

    // Each encoding is its own representation: its own ETag, and a 304 for it.
    expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3)
    const cached = await t.app.inject({ url: `/data/${manifest.file}`, headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } })
    expect(cached.statusCode).toBe(304)
  })

  it('says in JSON when no dataset has that name', async () => {
    const response = await t.app.inject({ url: '/data/dataset.00000000.json' })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toEqual({ code: 'dataset_not_found', message: { th: expect.any(String), en: expect.any(String) } })
  })
})
