import { describe, expect, it } from 'vitest'
import { PRECOMPRESS_MIN_BYTES, precompresses } from './precompressPlugin'

describe('which built files get compressed copies', () => {
  it.each(['assets/BIsRcnDp.js', 'assets/DTVCHGz5.css', 'index.html', 'sw.js', 'data/basemap.json', 'data/dataset.p10.2b4ded70.json', 'manifest.webmanifest', 'icons/icon.svg'])(
    'compresses %s',
    (path) => expect(precompresses(path, PRECOMPRESS_MIN_BYTES)).toBe(true),
  )

  it('leaves files too small to gain anything', () => {
    expect(precompresses('assets/tiny.js', PRECOMPRESS_MIN_BYTES - 1)).toBe(false)
  })

  it.each(['assets/Cm52XUnT.woff2', 'icons/icon-192.png'])('leaves %s, already compressed', (path) => {
    expect(precompresses(path, 100_000)).toBe(false)
  })

  // An operator replaces these after the build: a copy made at build time would be served in their place.
  it.each(['config.json', 'data/manifest.json'])('never makes a copy of %s', (path) => {
    expect(precompresses(path, 100_000)).toBe(false)
  })
})
