import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { ProposalConflictView, ProposalInput } from '@common/volunteer/api'
import { testSourcePlace } from '@common/volunteer/testPlace'
import ConflictChooser from './ConflictChooser.vue'
import { volunteerPlugins } from './volunteerTestKit'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const base = testSourcePlace()
const mine = testSourcePlace({ phones: [{ e164: '+6622800000', display: '02 280 0000' }], hours: { th: 'ทุกวัน 08:00–20:00' } })
const theirs = testSourcePlace({ phones: [{ e164: '+6622811111', display: '02 281 1111' }], name: { th: 'สน.ชื่อใหม่' } })
const conflict: ProposalConflictView = { code: 'conflict', message: { th: 'สถานที่นี้เปลี่ยนแล้ว', en: 'This place changed' }, current: { place: theirs, updatedAt: '2026-12-01T08:00:00Z', checks: {} } }

function render() {
  wrapper = mount(ConflictChooser, { props: { base, mine, conflict }, global: { plugins: volunteerPlugins().plugins } })
  return wrapper
}
const rowText = (w: VueWrapper, field: string) => w.get(`[data-testid="conflict-row"][data-field="${field}"]`).text()

describe('ConflictChooser', () => {
  it('shows both versions side by side, field by field, saying which merged by themselves', () => {
    const w = render()
    expect(w.findAll('[data-testid="conflict-row"]').map((row) => [row.attributes('data-field'), row.attributes('data-conflict')])).toEqual([
      ['name', 'false'],
      ['phones', 'true'],
      ['hours', 'false'],
    ])
    expect(rowText(w, 'phones')).toContain('02 281 1111')
    expect(rowText(w, 'phones')).toContain('02 280 0000')
    expect(rowText(w, 'name')).toContain('รวมแล้ว: ใช้ฉบับในระบบ')
    expect(rowText(w, 'hours')).toContain('รวมแล้ว: ใช้ของฉัน')
  })

  it('sends nothing until the volunteer chooses where both changed, then the merged place on top of the current one', async () => {
    const w = render()
    expect(w.get('[data-testid="conflict-send"]').attributes('disabled')).toBeDefined()
    await w.get('[data-testid="choose-mine-phones"]').setValue(true)
    await w.get('[data-testid="conflict-send"]').trigger('click')
    const [input] = (w.emitted('settle')?.[0] ?? []) as [ProposalInput]
    expect(input.kind).toBe('edit')
    if (input.kind !== 'edit') return
    expect(input.base).toEqual(theirs)
    expect(input.proposed.properties.name.th).toBe('สน.ชื่อใหม่')
    expect(input.proposed.properties.phones).toEqual(mine.properties.phones)
    expect(input.proposed.properties.hours).toEqual({ th: 'ทุกวัน 08:00–20:00' })
  })

  it('proposes nothing when the volunteer keeps the system version of everything they changed', async () => {
    wrapper = mount(ConflictChooser, {
      props: { base, mine: testSourcePlace({ phones: mine.properties.phones }), conflict },
      global: { plugins: volunteerPlugins().plugins },
    })
    await wrapper.get('[data-testid="choose-theirs-phones"]').setValue(true)
    await wrapper.get('[data-testid="conflict-send"]').trigger('click')
    expect(wrapper.emitted('settle')).toEqual([[null]])
  })
})
