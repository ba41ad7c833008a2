import { describe, expect, it } from 'vitest'
import { parseExitUrl, parseFlag, parseLocale } from './settingsValues'

describe('parseLocale', () => {
  it('keeps a supported locale and drops anything else', () => {
    expect(parseLocale('en', ['th', 'en'])).toBe('en')
    expect(parseLocale('fr', ['th', 'en'])).toBeUndefined()
    expect(parseLocale(undefined, ['th', 'en'])).toBeUndefined()
  })
})

describe('parseFlag', () => {
  it('is true only for true', () => {
    expect(parseFlag(true)).toBe(true)
    expect(parseFlag('true')).toBe(false)
    expect(parseFlag(undefined)).toBe(false)
  })
})

describe('parseExitUrl', () => {
  it('keeps an absolute http(s) address', () => {
    expect(parseExitUrl(' https://www.tmd.go.th/ ')).toBe('https://www.tmd.go.th/')
    expect(parseExitUrl('http://example.org/weather')).toBe('http://example.org/weather')
  })

  it.each(['javascript:alert(1)', 'data:text/html,hi', '/about', 'not a url', '', 42, null])('refuses %j', (value) => {
    expect(parseExitUrl(value)).toBeNull()
  })
})
