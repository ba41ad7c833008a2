import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeDataset, manifestFor } from '@/domain/datasetUpdate.fixtures'
import { MAX_DATASET_BYTES } from '@common/datasetShape'
import { fetchDataset, fetchManifest } from './datasetSource'
import { fakeFetch, servedDataset } from './testFixtures'

const dataset = makeDataset('2026.11.24', ['police-a', 'police-b'])
const manifest = manifestFor(dataset)
const manifestUrl = '/data/manifest.json'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** The dataset with its first place renamed but its hash left as it was: damaged in transit. */
const damagedText = JSON.stringify({ ...dataset, places: [{ ...dataset.places[0], name: { th: 'ชื่ออื่น' } }, dataset.places[1]] })

describe('fetchManifest', () => {
  it('returns the checked manifest', async () => {
    const { fetch } = fakeFetch(servedDataset(dataset))
    expect(await fetchManifest(fetch, manifestUrl)).toEqual({ ok: true, value: manifest })
  })

  it('says offline when the network is gone', async () => {
    const { fetch } = fakeFetch({ [manifestUrl]: 'offline' })
    expect(await fetchManifest(fetch, manifestUrl)).toMatchObject({ ok: false, problem: 'offline' })
  })

  it('says the download failed on a server error or a page that is not a manifest', async () => {
    for (const route of [{ status: 500, body: '' }, { status: 200, body: '<html>captive portal</html>' }, { status: 200, body: '{}' }]) {
      const { fetch } = fakeFetch({ [manifestUrl]: route })
      expect(await fetchManifest(fetch, manifestUrl)).toMatchObject({ ok: false, problem: 'download_failed' })
    }
  })
})

describe('fetchDataset', () => {
  it('downloads the file the manifest names, next to it', async () => {
    const { fetch, requested } = fakeFetch(servedDataset(dataset))
    expect(await fetchDataset(fetch, manifestUrl, manifest)).toEqual({ ok: true, value: dataset })
    expect(requested).toEqual([`/data/${manifest.file}`])
  })

  it('refuses a truncated download', async () => {
    const text = JSON.stringify(dataset)
    const { fetch } = fakeFetch(servedDataset(dataset, text.slice(0, text.length / 2)))
    expect(await fetchDataset(fetch, manifestUrl, manifest)).toMatchObject({ ok: false, problem: 'download_failed', detail: expect.stringMatching(/not valid JSON/) })
  })

  it('refuses a dataset other than the one announced', async () => {
    const other = makeDataset('2026.12.01', ['police-a', 'police-b'])
    const { fetch } = fakeFetch(servedDataset(dataset, JSON.stringify(other)))
    expect(await fetchDataset(fetch, manifestUrl, manifest)).toMatchObject({ ok: false, problem: 'download_failed', detail: expect.stringMatching(/version/) })
  })

  it('says offline when the connection drops while reading the body', async () => {
    const dropping = (async () => ({ ok: true, status: 200, text: () => Promise.reject(new TypeError('network error')) })) as unknown as typeof fetch
    expect(await fetchDataset(dropping, manifestUrl, manifest)).toMatchObject({ ok: false, problem: 'offline' })
  })

  it('refuses content that does not match its hash', async () => {
    const { fetch } = fakeFetch(servedDataset(dataset, damagedText))
    expect(await fetchDataset(fetch, manifestUrl, manifest)).toMatchObject({ ok: false, problem: 'download_failed', detail: expect.stringMatching(/SHA-256/) })
  })

  it('refuses a dataset larger than the limit, however it is padded', async () => {
    // Leading spaces keep it valid JSON with the right hash: only its size is wrong.
    const { fetch } = fakeFetch(servedDataset(dataset, ' '.repeat(MAX_DATASET_BYTES) + JSON.stringify(dataset)))
    expect(await fetchDataset(fetch, manifestUrl, manifest)).toMatchObject({ ok: false, problem: 'too_large', detail: expect.stringMatching(/larger than/) })
  })

  it('refuses a dataset whose announced length is over the limit without reading it', async () => {
    let read = false
    const body = new ReadableStream(
      {
        pull() {
          read = true
        },
      },
      { highWaterMark: 0 },
    )
    const announced = (async () => new Response(body, { headers: { 'content-length': String(60 * 1024 * 1024) } })) as typeof fetch
    expect(await fetchDataset(announced, manifestUrl, manifest)).toMatchObject({ ok: false, problem: 'too_large' })
    expect(read).toBe(false)
  })

  it.each([
    ['content that does not match its hash', damagedText],
    ['a captive portal page', '<html>Log in to the Wi-Fi</html>'],
  ])('deletes the service worker’s copy of %s, so the next try asks the server', async (_case, body) => {
    const deleted: string[] = []
    const cache = { delete: async (url: string) => deleted.push(url) > 0 }
    vi.stubGlobal('caches', { has: async (name: string) => name === 'datasets', open: async (name: string) => (name === 'datasets' ? cache : null) })
    const { fetch } = fakeFetch(servedDataset(dataset, body))
    expect(await fetchDataset(fetch, manifestUrl, manifest)).toMatchObject({ ok: false, problem: 'download_failed' })
    expect(deleted).toEqual([`/data/${manifest.file}`])
  })

  it('keeps the service worker’s copy of a dataset that passes its checks', async () => {
    const deleted: string[] = []
    vi.stubGlobal('caches', { has: async () => true, open: async () => ({ delete: async (url: string) => deleted.push(url) > 0 }) })
    const { fetch } = fakeFetch(servedDataset(dataset))
    expect(await fetchDataset(fetch, manifestUrl, manifest)).toMatchObject({ ok: true })
    expect(deleted).toEqual([])
  })

  it('checks the content hash where the page has no WebCrypto too (plain http: the pure-JavaScript suite)', async () => {
    vi.stubGlobal('crypto', {})
    expect(await fetchDataset(fakeFetch(servedDataset(dataset, damagedText)).fetch, manifestUrl, manifest)).toMatchObject({ ok: false, problem: 'download_failed' })
    expect(await fetchDataset(fakeFetch(servedDataset(dataset)).fetch, manifestUrl, manifest)).toMatchObject({ ok: true })
  })
})
