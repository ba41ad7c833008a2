// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { randomUuid } from './random'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('randomUuid', () => {
  it('makes lowercase version-4 UUIDs with crypto.randomUUID', () => {
    expect(randomUuid()).toMatch(UUID_V4)
  })

  it('makes them from random bytes where crypto.randomUUID is missing (plain http), each one new', () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) })
    const made = Array.from({ length: 50 }, () => randomUuid())
    for (const uuid of made) expect(uuid).toMatch(UUID_V4)
    expect(new Set(made).size).toBe(50)
  })
})
