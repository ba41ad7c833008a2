import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv'

describe('parseCsv', () => {
  it('keys fields by the header, with quoted commas, doubled quotes, CRLF and blank lines', () => {
    const text = 'a,b,c\r\n1,"two, three","say ""hi"""\r\n\r\n4,,\n'
    expect(parseCsv(text)).toEqual([
      { a: '1', b: 'two, three', c: 'say "hi"' },
      { a: '4', b: '', c: '' },
    ])
  })

  it('fills missing trailing fields with empty text', () => {
    expect(parseCsv('a,b\n1')).toEqual([{ a: '1', b: '' }])
  })
})
