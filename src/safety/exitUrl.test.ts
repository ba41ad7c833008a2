import { describe, expect, it } from 'vitest'
import { DEFAULT_EXIT_URL } from '@/domain/deployment'
import { checkExitUrl, pickExitUrl } from './exitUrl'

const APP = 'https://safe-space.example.org'

function problem(input: string): string | undefined {
  const check = checkExitUrl(input, APP)
  return check.ok ? undefined : check.problem.en
}

describe('checking the quick-exit address the person types', () => {
  it('accepts an https address and normalises it', () => {
    expect(checkExitUrl('  https://www.bbc.com/weather ', APP)).toEqual({ ok: true, url: 'https://www.bbc.com/weather' })
  })

  it('reads an address typed without https:// as https', () => {
    expect(checkExitUrl('www.tmd.go.th', APP)).toEqual({ ok: true, url: 'https://www.tmd.go.th/' })
  })

  it('refuses http, javascript: and data: addresses with a message in Thai and English', () => {
    for (const input of ['http://www.tmd.go.th/', 'javascript:alert(1)', 'data:text/html,hi']) {
      const check = checkExitUrl(input, APP)
      expect(check.ok).toBe(false)
      if (!check.ok) {
        expect(check.problem.th).toContain('https://')
        expect(check.problem.en).toMatch(/Only addresses that start with https:\/\//)
      }
    }
  })

  it('refuses an empty box and text that is not an address', () => {
    expect(problem('   ')).toMatch(/^No address yet/)
    expect(problem('not an address')).toMatch(/^This is not a web address/)
    expect(problem('weather')).toMatch(/^This is not a web address/)
  })

  it('refuses an address longer than 2,048 characters, and a 3 MB paste, without parsing it', () => {
    const at2048 = `https://example.org/${'a'.repeat(2_048 - 'https://example.org/'.length)}`
    expect(checkExitUrl(at2048, APP)).toEqual({ ok: true, url: at2048 })
    expect(problem(`${at2048}b`)).toMatch(/^This address is longer than 2048 characters/)
    expect(problem(`https://example.org/${'ก'.repeat(3_000_000)}`)).toMatch(/^This address is longer than 2048 characters/)
  })

  it('refuses an address with a user name or password in it', () => {
    for (const input of ['https://user:secret@example.org/', 'https://user@example.org/', 'https://www.tmd.go.th@evil.example/']) {
      expect(problem(input)).toMatch(/user name or password/)
    }
  })

  it('refuses the app itself, which would defeat the exit', () => {
    expect(problem(`${APP}/somewhere`)).toMatch(/^This is the address of this app/)
  })
})

describe('choosing where quick exit goes', () => {
  it("prefers the person's page, then the build's, then the Thai weather page", () => {
    expect(pickExitUrl('https://mine.example/', 'https://build.example/')).toBe('https://mine.example/')
    expect(pickExitUrl(null, 'https://build.example/')).toBe('https://build.example/')
    expect(pickExitUrl(null, undefined)).toBe(DEFAULT_EXIT_URL)
  })

  it('skips a stored page that is too long or carries a password (saved before these checks)', () => {
    expect(pickExitUrl(`https://mine.example/${'a'.repeat(3_000_000)}`, undefined)).toBe(DEFAULT_EXIT_URL)
    expect(pickExitUrl('https://me:pw@mine.example/', undefined)).toBe(DEFAULT_EXIT_URL)
  })

  it('skips anything that is not https', () => {
    expect(pickExitUrl('http://mine.example/', 'javascript:alert(1)')).toBe(DEFAULT_EXIT_URL)
    expect(pickExitUrl(null, 'not a url')).toBe(DEFAULT_EXIT_URL)
  })
})
