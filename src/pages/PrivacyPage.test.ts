import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/locales'
import PrivacyPage from './PrivacyPage.vue'

function textOf(locale: 'th' | 'en'): string {
  const wrapper = mount(PrivacyPage, { global: { plugins: [createAppI18n(locale)] } })
  const text = wrapper.text()
  wrapper.unmount()
  return text
}

describe('PrivacyPage', () => {
  it('says in Thai what the server keeps, for how long, who can read it and what it cannot know', () => {
    const text = textOf('th')
    for (const heading of ['เซิร์ฟเวอร์เก็บอะไร', 'เก็บนานเท่าไร', 'ใครอ่านได้', 'สิ่งที่เซิร์ฟเวอร์รู้ไม่ได้', 'สิ่งที่เซิร์ฟเวอร์ยังรู้ได้']) expect(text).toContain(heading)
    expect(text).toContain('เก็บแบบเข้ารหัสเท่านั้น')
    expect(text).toContain('หลังปิดเรื่อง 90 วัน')
    expect(text).toContain('เฉพาะผู้ประสานงานของทีมดูแลเคสที่ถือกุญแจของทีม')
  })

  it('says the same in English when English is chosen', () => {
    const text = textOf('en')
    expect(text).toContain('What the server cannot know')
    expect(text).toContain('90 days after it was closed')
  })

  it('never says what the follow-up code looks like or where it is typed (the disguise stays a secret)', () => {
    for (const locale of ['th', 'en'] as const) expect(textOf(locale)).not.toMatch(/พัสดุ|parcel|ช่องค้นหา|search box/i)
  })
})
