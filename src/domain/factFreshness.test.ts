import { describe, expect, it } from 'vitest'
import { checkedByVolunteer, freshnessLines, STALE_AFTER_DAYS } from './factFreshness'

describe('freshnessLines', () => {
  it('words each checked fact by days ago, in the order facts are checked', () => {
    const lines = freshnessLines({ phone: '2026-11-19', location: '2026-12-01', hours: '2026-11-30' }, '2026-12-01')
    expect(lines).toEqual([
      { fact: 'location', key: 'freshness.today', days: 0, stale: false },
      { fact: 'phone', key: 'freshness.daysAgo', days: 12, stale: false },
      { fact: 'hours', key: 'freshness.yesterday', days: 1, stale: false },
    ])
  })

  it(`labels a fact checked more than ${STALE_AFTER_DAYS} days ago as stale`, () => {
    expect(freshnessLines({ phone: '2026-09-02' }, '2026-12-01')[0]).toMatchObject({ days: 90, stale: false })
    expect(freshnessLines({ phone: '2026-09-01' }, '2026-12-01')[0]).toMatchObject({ days: 91, stale: true })
  })

  it('says nothing for a place never checked, and "today" for a day ahead of a wrong phone clock', () => {
    expect(freshnessLines(undefined, '2026-12-01')).toEqual([])
    expect(freshnessLines({}, '2026-12-01')).toEqual([])
    expect(freshnessLines({ oscc: '2026-12-03' }, '2026-12-01')[0]).toMatchObject({ key: 'freshness.today', days: 0 })
  })
})

describe('checkedByVolunteer', () => {
  it('is true only for a place verified by a community volunteer check', () => {
    expect(checkedByVolunteer({ status: 'verified', verifiedAt: '2026-12-01', source: 'community_volunteer' })).toBe(true)
    expect(checkedByVolunteer({ status: 'verified', verifiedAt: '2026-12-01', source: 'https://hospital.example/oscc' })).toBe(false)
    expect(checkedByVolunteer({ status: 'unverified' })).toBe(false)
  })
})
