import { describe, expect, it } from 'vitest'
import { bangkokDay, daysBetween } from './day'

describe('bangkokDay', () => {
  it('gives the Bangkok calendar day, which starts at 17:00 UTC the day before', () => {
    expect(bangkokDay(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01')
    expect(bangkokDay(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02')
  })
})

describe('daysBetween', () => {
  it('counts whole days across months and years, negative backwards', () => {
    expect(daysBetween('2026-11-19', '2026-12-01')).toBe(12)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysBetween('2026-12-01', '2026-11-30')).toBe(-1)
  })
})
