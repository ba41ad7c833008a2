// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { padToBucket, unpad } from './bucketPadding'

const bytes = (length: number) => new Uint8Array(length).fill(7)

describe('padding', () => {
  it('pads to the smallest bucket that fits the bytes and their length', () => {
    expect(padToBucket(bytes(0), [16, 64]).length).toBe(16)
    expect(padToBucket(bytes(12), [16, 64]).length).toBe(16)
    expect(padToBucket(bytes(13), [16, 64]).length).toBe(64)
    expect(padToBucket(bytes(200), [16, 64]).length).toBe(256)
  })

  it('gives back exactly what was padded', () => {
    for (const length of [0, 1, 12, 13, 60, 200]) expect(unpad(padToBucket(bytes(length), [16, 64]))).toEqual(bytes(length))
  })

  it('refuses a block whose stated length does not fit', () => {
    const padded = padToBucket(bytes(3), [16])
    padded[3] = 200
    expect(unpad(padded)).toBeUndefined()
    expect(unpad(new Uint8Array(2))).toBeUndefined()
  })
})
