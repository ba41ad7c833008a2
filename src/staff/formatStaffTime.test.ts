import { describe, expect, it } from 'vitest'
import { formatStaffDay, formatStaffTime } from './formatStaffTime'

describe('formatStaffTime', () => {
  it('shows Bangkok time, in the Buddhist era in Thai', () => {
    const shown = formatStaffTime('2026-12-01T08:30:00Z')
    expect(shown.th).toContain('2569')
    expect(shown.th).toContain('15:30')
    expect(shown.en).toContain('2026')
    expect(shown.en).toContain('15:30')
  })
})

describe('formatStaffDay', () => {
  it('shows the day as written, whatever the time zone of the computer (the Buddhist era in Thai)', () => {
    expect(formatStaffDay('2027-03-01')).toEqual({ th: '1 มีนาคม 2570', en: '1 March 2027' })
  })
})
