import { describe, expect, it } from 'vitest'
import { formatDate } from './formatDate'

describe('formatDate', () => {
  it('writes Thai dates in the Buddhist era with the short Thai month', () => {
    expect(formatDate('2026-11-24', 'th')).toBe('24 พ.ย. 2569')
  })

  it('writes English dates day-month-year in the common era', () => {
    expect(formatDate('2026-11-24', 'en')).toBe('24 Nov 2026')
  })

  it('keeps a date-only value on its own day (no time-zone slip to the day before)', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026')
    expect(formatDate('2025-12-31', 'th')).toBe('31 ธ.ค. 2568')
  })

  it('shows a timestamp on its Bangkok calendar day', () => {
    // 20:00 UTC on 24 Nov is 03:00 on 25 Nov in Bangkok.
    expect(formatDate('2026-11-24T20:00:00Z', 'th')).toBe('25 พ.ย. 2569')
  })

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('not a date', 'th')).toBe('not a date')
  })
})
