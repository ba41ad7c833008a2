import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '@common/canonicalJson'
import { publishDataset } from '@common/dataset'
import { mergeParts, partHashInput, splitDataset, type DatasetCommon, type DatasetPart } from '@common/datasetParts'
import type { Dataset, DatasetManifest } from '@common/place'
import { sha256Hex } from '../../geo/build/hash'
import { buildDataset } from '../../geo/build/build'
import { parseManifest } from '@/domain/datasetUpdate'
import { publishVersion } from '../db/datasets'
import { createTestApp, type TestApp } from '../testing/testApp'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function manifest(): Promise<DatasetManifest> {
  const parsed = parseManifest((await t.app.inject({ url: '/data/manifest.json' })).json())
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.value
}

async function file<T>(path: string): Promise<T> {
  const response = await t.app.inject({ url: path })
  expect(response.statusCode).toBe(200)
  return response.json() as T
}

describe('the published dataset, split by province', () => {
  it('lists a part per province and a common file, each served intact, and together they are the whole file', async () => {
    const current = await manifest()
    expect(current.parts!.map((part) => part.name.en)).toEqual(['Bangkok', 'Samut Prakan'])
    const common = await file<DatasetCommon>(`/data/${current.common!.file}`)
    const parts = await Promise.all(current.parts!.map((part) => file<DatasetPart>(`/data/${part.file}`)))
    expect(parts.map((part) => sha256Hex(partHashInput(part)))).toEqual(current.parts!.map((part) => part.hash))
    expect(sha256Hex(partHashInput(common))).toBe(current.common!.hash)
    expect(mergeParts(current, common, parts)).toEqual(await file<Dataset>(`/data/${current.file}`))
    // The same files under /api/dataset/ for other clients.
    expect(await file(`/api/dataset/${current.parts![0]!.file}`)).toEqual(parts[0])
  })

  it('produces the same files geo/build writes for the same dataset (one shared split)', async () => {
    const built = await buildDataset({ geoDir: resolve(import.meta.dirname, '../../geo'), boundariesDir: resolve(import.meta.dirname, '../../geo/boundaries'), displayRoot: '' })
    if (!built.ok) throw new Error('geo/build failed')
    const { manifest: buildManifest, files } = splitDataset(built.dataset, built.manifest, sha256Hex)
    expect(await manifest()).toEqual(buildManifest)
    for (const { name, body } of files) expect((await t.app.inject({ url: `/data/${name}` })).body).toBe(body)
  })

  it('caches part files for good, with an ETag, and answers 304 to a copy the app holds', async () => {
    const part = (await manifest()).parts![0]!
    const first = await t.app.inject({ url: `/data/${part.file}` })
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(first.headers['content-type']).toMatch(/^application\/json/)
    const again = await t.app.inject({ url: `/data/${part.file}`, headers: { 'if-none-match': String(first.headers.etag) } })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
  })

  it('gives a new version new names only for the province that changed; the old part stays available', async () => {
    const before = await manifest()
    const whole = await file<Dataset>(`/data/${before.file}`)
    const samutPrakanPlace = whole.places.find((place) => Math.floor(place.districtCode / 100) === 11)!
    const content = { districts: whole.districts, hotlines: whole.hotlines, attribution: whole.attribution, places: whole.places.map((place) => (place === samutPrakanPlace ? { ...place, name: { th: 'ชื่อใหม่' } } : place)) }
    const { dataset } = publishDataset(content, sha256Hex(canonicalJson(content)))
    await t.database.db.transaction().execute((trx) => publishVersion(trx, dataset, 'test'))

    const after = await manifest()
    expect(after.parts![0]).toEqual(before.parts![0])
    expect(after.common).toEqual(before.common)
    expect(after.parts![1]!.file).not.toBe(before.parts![1]!.file)
    expect((await file<DatasetPart>(`/data/${after.parts![1]!.file}`)).places.some((place) => place.name.th === 'ชื่อใหม่')).toBe(true)
    expect((await t.app.inject({ url: `/data/${before.parts![1]!.file}` })).statusCode).toBe(200)
  })

  it('says in JSON when no part has that name, and refuses names that are not part files', async () => {
    const missing = await t.app.inject({ url: '/data/dataset.p10.00000000.json' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toMatchObject({ code: 'dataset_not_found' })
    expect((await t.app.inject({ url: '/data/dataset.p10x.00000000.json' })).statusCode).toBe(404)
  })
})
