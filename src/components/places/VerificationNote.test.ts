import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/locales'
import type { Place } from '@common/place'
import VerificationNote from './VerificationNote.vue'
import { verifiedStation } from './placeSheet.fixtures'

// What residents read about how fresh each fact is (issue #10).
const checkedByVolunteer: Place = {
  ...verifiedStation,
  verification: { status: 'verified', verifiedAt: '2026-11-19', source: 'community_volunteer' },
  checks: { location: '2026-11-19', phone: '2026-11-19', hours: '2026-08-01' },
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  // 10:00 in Bangkok on 1 December 2026.
  vi.setSystemTime(new Date('2026-12-01T03:00:00Z'))
})
afterEach(() => vi.useRealTimers())

const mountNote = (place: Place, locale: 'th' | 'en') => mount(VerificationNote, { props: { place }, global: { plugins: [createAppI18n(locale)] } })

describe('VerificationNote: freshness per fact', () => {
  it('says in Thai which facts were checked how long ago, by a community volunteer, and labels a stale one', () => {
    const note = mountNote(checkedByVolunteer, 'th')
    expect(note.find('[data-testid="checked-by-volunteer"]').text()).toContain('อาสาสมัครชุมชนตรวจแล้ว เมื่อ')
    const lines = note.findAll('[data-testid="fact-freshness"] li')
    expect(lines.map((line) => line.text())).toEqual(['ตำแหน่งตรวจเมื่อ 12 วันก่อน', 'เบอร์โทรตรวจเมื่อ 12 วันก่อน', 'เวลาเปิดตรวจเมื่อ 122 วันก่อน · นานแล้ว อาจเปลี่ยน'])
    expect(lines.map((line) => line.attributes('data-stale'))).toEqual(['false', 'false', 'true'])
  })

  it('says the same in English, and never names the volunteer', () => {
    const note = mountNote(checkedByVolunteer, 'en')
    expect(note.text()).toContain('Checked by a community volunteer on')
    expect(note.text()).toContain('Phone checked 12 days ago')
    expect(note.text()).toContain('Hours checked 122 days ago · long ago, may have changed')
    expect(note.text()).not.toContain('community_volunteer')
  })

  it('shows no freshness lines for a place never checked, and keeps the source wording for other verifications', () => {
    const note = mountNote(verifiedStation, 'en')
    expect(note.find('[data-testid="fact-freshness"]').exists()).toBe(false)
    expect(note.find('[data-testid="checked-by-volunteer"]').exists()).toBe(false)
    expect(note.text()).toContain('Confirmed on')
  })
})
