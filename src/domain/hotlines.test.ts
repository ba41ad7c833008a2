import { describe, expect, it } from 'vitest'
import { BUILT_IN_HOTLINES, fallbackHotlineFor, hotlinesToShow } from './hotlines'
import type { Hotline } from '@common/place'

const numbers = (hotlines: readonly Hotline[]) => hotlines.map((h) => (h.kind === 'phone' ? h.number : h.account))

describe('BUILT_IN_HOTLINES', () => {
  it('holds exactly the five confirmed numbers, 1300 first, and LINE @esshelpme', () => {
    expect(numbers(BUILT_IN_HOTLINES)).toEqual(['1300', '191', '1669', '1323', '1387', '@esshelpme'])
  })

  it('names a source and a Thai name and purpose for each', () => {
    for (const hotline of BUILT_IN_HOTLINES) {
      expect(hotline.source).not.toBe('')
      expect(hotline.name.th).not.toBe('')
      expect(hotline.purpose.th).not.toBe('')
    }
  })
})

describe('hotlinesToShow', () => {
  const fromDataset: Hotline[] = [
    { kind: 'phone', id: 'h', number: '1300', name: { th: 'ก' }, purpose: { th: 'ข' }, hours24: true, source: 's' },
  ]

  it("prefers the dataset's list", () => {
    expect(hotlinesToShow(fromDataset)).toBe(fromDataset)
  })

  it('falls back to the built-in list when no data is stored yet', () => {
    expect(hotlinesToShow([])).toBe(BUILT_IN_HOTLINES)
  })
})

describe('fallbackHotlineFor', () => {
  it('offers police emergency for a police station, medical emergency for hospitals, 1300 otherwise', () => {
    expect(fallbackHotlineFor('police_station', []).number).toBe('191')
    expect(fallbackHotlineFor('oscc_hospital', []).number).toBe('1669')
    expect(fallbackHotlineFor('hospital', []).number).toBe('1669')
    for (const kind of ['safe_house', 'community', 'shelter', 'support_org'] as const) {
      expect(fallbackHotlineFor(kind, []).number).toBe('1300')
    }
  })

  it("uses the dataset's record of the number when it has one", () => {
    const stored: Hotline = { kind: 'phone', id: 'x', number: '191', name: { th: 'ตำรวจ' }, purpose: { th: 'ด่วน' }, hours24: true, source: 'page' }
    expect(fallbackHotlineFor('police_station', [stored])).toBe(stored)
  })
})
