import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { appDatabase } from '@/data/database'
import { formatFollowUpCode, generateFollowUpCode, parseFollowUpCode } from '@/domain/report/followUpCode'
import { createAppI18n } from '@/locales'
import FollowUpCodeOffer from './FollowUpCodeOffer.vue'
import { everythingStored } from './reportTestKit'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

describe('FollowUpCodeOffer', () => {
  it('does not show the code until asked, then shows it once, grouped to copy, and says how to use it', async () => {
    const code = generateFollowUpCode()
    wrapper = mount(FollowUpCodeOffer, { props: { code }, global: { plugins: [createAppI18n('th')] } })
    const digits = code.slice(2, 18)
    expect(wrapper.html()).not.toContain(digits.slice(0, 4))
    expect(wrapper.text()).toContain('ดูรหัสติดตามเรื่องนี้')

    await wrapper.find('[data-testid="follow-up-show"]').trigger('click')

    const shown = wrapper.find('[data-testid="follow-up-code"]').text()
    expect(shown).toBe(formatFollowUpCode(code))
    expect(parseFollowUpCode(shown)).toEqual({ kind: 'code', code })
    expect(wrapper.text()).toContain('แสดงครั้งเดียว')
    expect(wrapper.text()).toContain('ช่องค้นหาของแผนที่')
    expect(await everythingStored(appDatabase())).not.toContain(digits)
  })

  it('asks the page to forget the code when the person has written it down', async () => {
    wrapper = mount(FollowUpCodeOffer, { props: { code: generateFollowUpCode() }, global: { plugins: [createAppI18n('th')] } })
    await wrapper.find('[data-testid="follow-up-show"]').trigger('click')
    await wrapper.find('[data-testid="follow-up-hide"]').trigger('click')
    expect(wrapper.emitted('forget')).toHaveLength(1)
  })
})
