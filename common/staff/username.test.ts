import { describe, expect, it } from 'vitest'
import { checkUsername, normalizeUsername } from './username'

describe('user names', () => {
  it('are compared trimmed and lowercase', () => {
    expect(normalizeUsername('  Somsri.K ')).toBe('somsri.k')
  })

  it.each(['somsri', 'somsri.k', 'a_b-c9'])('accepts %s', (name) => {
    expect(checkUsername(name)).toBeNull()
  })

  it.each(['', 'ab', '9lives', 'สมศรี', "x' OR 1=1 --", 'a'.repeat(33)])('refuses %j with a reason in Thai and English', (name) => {
    expect(checkUsername(name)?.th).toMatch(/ชื่อผู้ใช้/)
    expect(checkUsername(name)?.en).toMatch(/user name/)
  })
})
