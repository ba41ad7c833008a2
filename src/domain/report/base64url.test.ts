import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url'

describe('base64url', () => {
  it('encodes without padding and with the URL-safe alphabet', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8')
    expect(toBase64Url(new Uint8Array([]))).toBe('')
    expect(toBase64Url(new TextEncoder().encode('hello'))).toBe('aGVsbG8')
  })

  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes)
  })

  it('accepts padded input', () => {
    expect(new TextDecoder().decode(fromBase64Url('aGVsbG8='))).toBe('hello')
  })

  it('rejects characters outside the alphabet', () => {
    expect(() => fromBase64Url('a+b/')).toThrow()
    expect(() => fromBase64Url('ab cd')).toThrow()
  })
})
