import { describe, expect, it } from 'vitest'
import { BUILT_IN_HOTLINES } from './hotlines'
import { hotlinesMatching } from './hotlineSearch'

const ids = (query: string) => hotlinesMatching(BUILT_IN_HOTLINES, query).map((hotline) => (hotline.kind === 'phone' ? hotline.number : hotline.account))

describe('hotlinesMatching', () => {
  it('finds a hotline by its number, however it is spaced', () => {
    expect(ids('1300')).toEqual(['1300'])
    expect(ids('13 00')).toEqual(['1300'])
    expect(ids('1669')).toEqual(['1669'])
  })

  it('finds a hotline by its Thai or English name', () => {
    expect(ids('สายเด็ก')).toEqual(['1387'])
    expect(ids('childline')).toEqual(['1387'])
    expect(ids('esshelpme')).toEqual(['@esshelpme'])
  })

  it('finds none for a place name or an empty query', () => {
    expect(ids('ศิริราช')).toEqual([])
    expect(ids('  ')).toEqual([])
  })
})
