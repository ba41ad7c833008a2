import { describe, expect, it } from 'vitest'
import { geoHref, lineHref, shareText, telHref, webMapHref } from './contactLinks'

describe('telHref', () => {
  it('dials an E.164 number as written', () => {
    expect(telHref('+6622822323')).toBe('tel:+6622822323')
  })

  it('dials a short-code hotline', () => {
    expect(telHref('1300')).toBe('tel:1300')
  })

  it('drops spaces and dashes a display form may carry', () => {
    expect(telHref('+66 2-282 2323')).toBe('tel:+6622822323')
  })
})

describe('geoHref', () => {
  it('pins the position with the name as its label', () => {
    expect(geoHref({ lat: 13.7563, lng: 100.5018 }, 'Dusit')).toBe('geo:13.7563,100.5018?q=13.7563,100.5018(Dusit)')
  })

  it('encodes Thai names and keeps parentheses inside the label', () => {
    const href = geoHref({ lat: 13.1, lng: 100.2 }, 'รพ. (OSCC)')
    expect(href).toBe(`geo:13.1,100.2?q=13.1,100.2(${encodeURIComponent('รพ. ')}%28OSCC%29)`)
    expect(href.match(/\)/g)).toHaveLength(1)
  })

  it('rounds coordinates to six decimals', () => {
    expect(geoHref({ lat: 13.123456789, lng: 100.987654321 }, 'x')).toMatch(/^geo:13\.123457,100\.987654\?/)
  })
})

describe('webMapHref', () => {
  it('opens openstreetmap.org with a marker at street zoom', () => {
    expect(webMapHref({ lat: 13.7563, lng: 100.5018 })).toBe(
      'https://www.openstreetmap.org/?mlat=13.7563&mlon=100.5018#map=17/13.7563/100.5018',
    )
  })
})

describe('lineHref', () => {
  it('opens the official account with or without the leading @', () => {
    expect(lineHref('@esshelpme')).toBe('https://line.me/R/ti/p/@esshelpme')
    expect(lineHref('esshelpme')).toBe('https://line.me/R/ti/p/@esshelpme')
  })
})

describe('shareText', () => {
  it('is the Thai and English names followed by each phone, labelled when the record labels it', () => {
    const text = shareText({
      name: { th: 'สถานีตำรวจนครบาลดุสิต', en: 'Dusit Metropolitan Police Station' },
      phones: [
        { e164: '+6622822323', display: '02 282 2323' },
        { e164: '+6621234567', display: '02 123 4567', label: { th: 'ศูนย์พึ่งได้', en: 'OSCC' } },
      ],
    })
    expect(text).toBe('สถานีตำรวจนครบาลดุสิต\nDusit Metropolitan Police Station\n02 282 2323\n02 123 4567 (ศูนย์พึ่งได้)')
  })

  it('is the Thai name alone when there is no English name and no phone', () => {
    expect(shareText({ name: { th: 'ชุมชนไทยเกรียง' }, phones: [] })).toBe('ชุมชนไทยเกรียง')
  })
})
