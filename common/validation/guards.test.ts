import { describe, expect, it } from 'vitest'
import { isIsoDate, isKebabId, isLocalizedText, isSetOf } from './guards'

describe('isIsoDate', () => {
  it('accepts real dates and rejects impossible or differently written ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    for (const bad of ['2023-02-29', '2026-13-01', '2026-1-5', '24/11/2026', '2569-11-24T00:00', 20261124]) expect(isIsoDate(bad)).toBe(false)
  })
})

describe('isLocalizedText', () => {
  it('needs non-blank Thai', () => {
    expect(isLocalizedText({ th: 'ดุสิต' })).toBe(true)
    expect(isLocalizedText({ th: ' \n', en: 'Dusit' })).toBe(false)
    expect(isLocalizedText({ en: 'Dusit' })).toBe(false)
  })
})

describe('isKebabId', () => {
  it('accepts lowercase kebab only', () => {
    expect(isKebabId('police-dusit-2')).toBe(true)
    for (const bad of ['Police-Dusit', 'police_dusit', 'police--dusit', '-police', 'ตำรวจ']) expect(isKebabId(bad)).toBe(false)
  })
})

describe('isSetOf', () => {
  it('accepts a non-empty list of known values, each once', () => {
    expect(isSetOf(['children', 'women'], ['children'])).toBe(true)
    for (const bad of [[], ['adults'], ['children', 'children'], 'children', [1]]) expect(isSetOf(['children', 'women'], bad)).toBe(false)
  })
})
