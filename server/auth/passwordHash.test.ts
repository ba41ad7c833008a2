import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword, verifyPasswordOfNobody } from './passwordHash'

describe('password hashing', () => {
  it('stores Argon2id at OWASP parameters, salted, never the password', async () => {
    const first = await hashPassword('horse battery staple river')
    const second = await hashPassword('horse battery staple river')
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(first).not.toBe(second)
    expect(first).not.toContain('horse')
  })

  it('verifies the right password and refuses a wrong one or a broken hash', async () => {
    const stored = await hashPassword('horse battery staple river')
    expect(await verifyPassword(stored, 'horse battery staple river')).toBe(true)
    expect(await verifyPassword(stored, 'horse battery staple rivers')).toBe(false)
    expect(await verifyPassword('not a hash', 'horse battery staple river')).toBe(false)
  })

  it('answers false for nobody, after doing the same work', async () => {
    expect(await verifyPasswordOfNobody('horse battery staple river')).toBe(false)
  })
})
