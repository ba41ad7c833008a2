import { describe, expect, it } from 'vitest'
import { hashSecretToken, newSecretToken } from './secretToken'

describe('secret tokens', () => {
  it('are 256 random bits in base64url, never repeated', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newSecretToken))
    expect(tokens.size).toBe(1000)
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('are stored as a SHA-256 that does not contain the token', () => {
    const token = newSecretToken()
    const stored = hashSecretToken(token)
    expect(stored).toMatch(/^[0-9a-f]{64}$/)
    expect(stored).toBe(hashSecretToken(token))
    expect(stored).not.toContain(token)
  })
})
