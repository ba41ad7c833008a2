import { afterEach, describe, expect, it, vi } from 'vitest'
import { sha256Hex } from './sha256'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('sha256Hex', () => {
  it('matches the standard test vectors, Thai text included', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    const { createHash } = await import('node:crypto')
    expect(await sha256Hex('ศูนย์พึ่งได้')).toBe(createHash('sha256').update('ศูนย์พึ่งได้', 'utf8').digest('hex'))
  })

  it('gives the same digest where the page has no WebCrypto (plain http), with the pure-JavaScript suite', async () => {
    vi.stubGlobal('crypto', {})
    expect(globalThis.crypto.subtle).toBeUndefined()
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})
