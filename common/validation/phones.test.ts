import { describe, expect, it } from 'vitest'
import { checkPhones, nationalDigits, thaiNumberKind } from './phones'

const ref = { file: 'places/x.geojson', index: 0, id: 'x' }

describe('thaiNumberKind', () => {
  it.each([
    ['+6622822323', 'landline'],
    ['+6638123456', 'landline'],
    ['+66812345678', 'mobile'],
    ['+66612345678', 'mobile'],
    ['191', 'short_code'],
    ['1300', 'short_code'],
    ['1669', 'short_code'],
    ['1415', 'short_code'],
  ])('%s is a Thai %s', (number, kind) => {
    expect(thaiNumberKind(number)).toBe(kind)
  })

  it.each(['022822323', '+662282232', '+66228223233', '+6612345678', '+6681234567', '+14155550100', '13000', '91', '0812345678', ' 1300'])(
    '%s is not a Thai number in the expected form',
    (number) => {
      expect(thaiNumberKind(number)).toBeUndefined()
    },
  )
})

describe('checkPhones', () => {
  it('accepts a display with spaces or hyphens whose digits match', () => {
    expect(checkPhones(ref, [{ e164: '+6622822323', display: '02-282-2323' }, { e164: '1300', display: '1300' }])).toEqual([])
    expect(nationalDigits('+66812345678')).toBe('0812345678')
  })

  it('rejects a display without the leading 0 and a missing list', () => {
    expect(checkPhones(ref, [{ e164: '+6622822323', display: '2 282 2323' }]).map((i) => i.rule)).toEqual(['phone.display-mismatch'])
    expect(checkPhones(ref, undefined).map((i) => i.rule)).toEqual(['phones.invalid'])
  })
})
