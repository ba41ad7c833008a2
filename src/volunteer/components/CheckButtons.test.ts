import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { FactCheckAnswer } from '@common/volunteer/api'
import CheckButtons from './CheckButtons.vue'
import { volunteerPlugins } from './volunteerTestKit'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function render() {
  wrapper = mount(CheckButtons, { props: { facts: ['location', 'phone', 'hours'] }, global: { plugins: volunteerPlugins().plugins } })
  return wrapper
}
const sent = (w: VueWrapper) => (w.emitted('submit') ?? []).map(([answers]) => answers as FactCheckAnswer[])

describe('CheckButtons', () => {
  it('says every fact is right with one tap, and says which in words', async () => {
    const w = render()
    const allRight = w.get('[data-testid="check-all-right"]')
    expect(allRight.text()).toContain('ตรวจวันนี้: ทุกอย่างถูกต้อง')
    expect(allRight.text()).toContain('ยังอยู่ที่เดิม · โทรติด · เวลาถูกต้อง')
    await allRight.trigger('click')
    expect(sent(w)).toEqual([[{ fact: 'location', ok: true }, { fact: 'phone', ok: true }, { fact: 'hours', ok: true }]])
  })

  it('marks a wrong fact with a short note and keeps the others right', async () => {
    const w = render()
    await w.get('[data-testid="check-something-wrong"]').trigger('click')
    await w.get('[data-testid="check-wrong-phone"]').setValue(true)
    expect(w.get('[data-testid="check-send-wrong"]').attributes('disabled')).toBeDefined()
    expect(w.get('[data-testid="check-note-needed"]').text()).toContain('เขียนบอกสั้น ๆ')
    await w.get('[data-testid="check-note-phone"]').setValue('  เบอร์นี้ไม่มีผู้ใช้  ')
    await w.get('[data-testid="check-send-wrong"]').trigger('click')
    expect(sent(w)).toEqual([[{ fact: 'location', ok: true }, { fact: 'phone', ok: false, note: 'เบอร์นี้ไม่มีผู้ใช้' }, { fact: 'hours', ok: true }]])
  })
})
