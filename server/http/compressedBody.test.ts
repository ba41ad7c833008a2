import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { chosenEncoding, CompressedBody } from './compressedBody'

describe('chosenEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.1, gzip;q=0.9', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['identity', null],
    ['', null],
    [undefined, null],
  ] as const)('%s → %s', (header, expected) => {
    expect(chosenEncoding(header)).toBe(expected)
  })
})

describe('CompressedBody', () => {
  const json = JSON.stringify({ places: Array.from({ length: 200 }, (_, index) => ({ id: `p${index}`, name: 'สถานีตำรวจนครบาล' })) })

  it('gives the same body back in each encoding, compressed once per encoding', async () => {
    const body = new CompressedBody(json)
    const br = await body.in('br')
    expect(brotliDecompressSync(br).toString()).toBe(json)
    expect(gunzipSync(await body.in('gzip')).toString()).toBe(json)
    expect(br.length).toBeLessThan(json.length / 10)
    expect(await body.in('br')).toBe(br)
  })
})
