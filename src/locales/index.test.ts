import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { useI18n } from 'vue-i18n'
import { createAppI18n, useFeatureMessages } from '@/locales'
import report from './messages/report'
import safetyBrief from './messages/safetyBrief'

// A later screen that brings its words, as the pages do.
const Screen = defineComponent({
  setup() {
    useFeatureMessages(report)
    useFeatureMessages(report)
    useFeatureMessages(safetyBrief)
    const { t } = useI18n()
    return () => h('p', [t('report.heading'), ' / ', t('safety.brief.heading'), ' / ', t('safety.exit.loading')])
  },
})

describe('app messages', () => {
  it('start with the first screen only: nothing names the hidden form, the notice or the guides', () => {
    const { te } = createAppI18n().global
    expect(te('app.title', 'th')).toBe(true)
    expect(te('safety.exit.loading', 'en')).toBe(true)
    for (const key of ['report.heading', 'safety.brief.heading', 'safety.notice.doesHeading', 'install.heading', 'app.about.heading']) {
      expect(te(key, 'th'), key).toBe(false)
      expect(te(key, 'en'), key).toBe(false)
    }
  })

  it.each([
    ['th', 'ขอความช่วยเหลือแบบส่วนตัว / ใช้แอปนี้อย่างปลอดภัย / กำลังโหลด…'],
    ['en', 'Ask for help privately / Using this app safely / Loading…'],
  ] as const)('gain a later screen’s words in %s when it opens, next to the words it shares a key with', (locale, text) => {
    const i18n = createAppI18n(locale)
    expect(mount(Screen, { global: { plugins: [i18n] } }).text()).toBe(text)
  })

  it('keep the words added to one instance out of another', () => {
    const first = createAppI18n()
    mount(Screen, { global: { plugins: [first] } })
    expect(first.global.te('report.heading')).toBe(true)
    expect(createAppI18n().global.te('report.heading')).toBe(false)
  })
})
