import { describe, expect, it } from 'vitest'
import { checkNewPassword, isCommonPassword, PASSWORD_MAX_LENGTH } from './passwordPolicy'

describe('checkNewPassword', () => {
  it('accepts a long passphrase, in Thai or English', () => {
    expect(checkNewPassword('horse battery staple river', 'somsri')).toBeNull()
    expect(checkNewPassword('ฝนตกที่บางนาทุกเย็นวันอังคาร', 'somsri')).toBeNull()
  })

  it('refuses fewer than 12 characters, counting Thai characters one by one', () => {
    expect(checkNewPassword('Tr0ub4dor&3', 'somsri')?.code).toBe('password_too_short')
    // 11 Thai characters are 11, not the 33 bytes UTF-8 takes.
    expect(checkNewPassword('กขคฆงจฉชซฌญ', 'somsri')?.code).toBe('password_too_short')
    expect(checkNewPassword('กขคฆงจฉชซฌญฎ', 'somsri')).toBeNull()
  })

  it('refuses a password longer than the limit', () => {
    expect(checkNewPassword('x'.repeat(PASSWORD_MAX_LENGTH) + 'y', 'somsri')?.code).toBe('password_too_long')
  })

  it.each(['password1234', 'Password!2024', '123456789012', 'iloveyou1234', '!!qwertyuiop!!', 'bangkok12345', 'รักเธอที่สุด2567', 'passwordpassword', 'aaaaaaaaaaaa', 'abcabcabcabc', '121212121212'])(
    'refuses the common password %s',
    (password) => {
      expect(checkNewPassword(password, 'somsri')?.code).toBe('password_too_common')
    },
  )

  it('refuses a password that contains the user name, whatever its case', () => {
    expect(checkNewPassword('my name is SOMSRI.K ok', 'somsri.k')?.code).toBe('password_contains_username')
  })

  it('says what went wrong and what to do in Thai and English', () => {
    const problem = checkNewPassword('short', 'somsri')
    expect(problem?.message.th).toContain('12')
    expect(problem?.message.en).toContain('at least 12')
  })
})

describe('isCommonPassword', () => {
  it('does not refuse an uncommon password that merely contains a common word', () => {
    expect(isCommonPassword('password of the river cat')).toBe(false)
  })
})
