import { describe, expect, it } from 'vitest'
import { encodeWindows874 } from '../tests/unit/fixtures/placesImport'
import { detectTextEncoding, isValidUtf8 } from './textEncoding'

const utf8 = (text: string) => new TextEncoder().encode(text)
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])
const THAI = 'id,name_th\npolice-dusit,สถานีตำรวจนครบาลดุสิต ๑๒๓ ฿\n'

describe('detectTextEncoding', () => {
  it('tells UTF-8 with a BOM (what the export writes) from UTF-8 without one', () => {
    expect(detectTextEncoding(withBom(utf8(THAI)))).toBe('utf-8-bom')
    expect(detectTextEncoding(utf8(THAI))).toBe('utf-8')
  })

  it('takes a file of ASCII alone as UTF-8', () => {
    expect(detectTextEncoding(utf8('id,kind\npolice-1,police_station\n'))).toBe('utf-8')
  })

  it('recognises Windows-874 as Excel in Thai saves it, and the browser decodes it back to the same Thai', () => {
    const bytes = encodeWindows874(THAI)
    expect(bytes[THAI.indexOf('ส')]).toBe(0xca)
    expect(detectTextEncoding(bytes)).toBe('windows-874')
    expect(new TextDecoder('windows-874').decode(bytes)).toBe(THAI)
  })

  it('recognises Windows-874 even when a single Thai word is the only non-ASCII text', () => {
    expect(detectTextEncoding(encodeWindows874('id,name_th\na,ก\n'))).toBe('windows-874')
  })
})

describe('isValidUtf8', () => {
  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short at the end', [0xe0, 0xb8]],
  ])('refuses %s', (_, bytes) => {
    expect(isValidUtf8(Uint8Array.from(bytes))).toBe(false)
  })

  it('accepts Thai, emoji and ASCII', () => {
    expect(isValidUtf8(utf8('ก ฿ 🙂 a'))).toBe(true)
  })
})
