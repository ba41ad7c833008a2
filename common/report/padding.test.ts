import { describe, expect, it } from 'vitest'
import { bucketFor, padToBucket, unpad } from './padding'

const bytes = (n: number) => new Uint8Array(n).fill(0x41)

describe('padToBucket / unpad', () => {
  it('pads short and long reports to the same few sizes, so the length of what was written does not show', () => {
    expect([1, 100, 2_044].map((n) => padToBucket(bytes(n)).length)).toEqual([2_048, 2_048, 2_048])
    expect([2_045, 6_000, 8_188].map((n) => padToBucket(bytes(n)).length)).toEqual([8_192, 8_192, 8_192])
    expect(padToBucket(bytes(20_000)).length).toBe(32_768)
  })

  it('round-trips the content exactly, including an empty one', () => {
    for (const n of [0, 1, 2_044, 2_045, 32_764]) {
      const content = crypto.getRandomValues(new Uint8Array(n))
      expect(unpad(padToBucket(content))).toEqual(content)
    }
  })

  it('refuses content larger than the largest bucket, and a padded text that is not a bucket or lies about its length', () => {
    expect(bucketFor(32_765)).toBeNull()
    expect(() => padToBucket(bytes(32_765))).toThrow(RangeError)
    expect(() => unpad(new Uint8Array(100))).toThrow(RangeError)
    const lying = padToBucket(bytes(10))
    new DataView(lying.buffer).setUint32(0, 5_000)
    expect(() => unpad(lying)).toThrow(RangeError)
  })
})
