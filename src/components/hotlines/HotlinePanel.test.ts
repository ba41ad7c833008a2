import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { createAppI18n } from '@/locales'
import { usePlacesStore } from '@/stores/places'
import type { Hotline } from '@common/place'
import HotlinePanel from './HotlinePanel.vue'

let pinia: Pinia
let wrapper: VueWrapper | undefined

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

async function openPanel(locale: 'th' | 'en' = 'th'): Promise<VueWrapper> {
  wrapper = mount(HotlinePanel, { global: { plugins: [pinia, createAppI18n(locale)] }, attachTo: document.body })
  await wrapper.find('[data-testid="hotlines-button"]').trigger('click')
  await nextTick()
  return wrapper
}

const callHrefs = (w: VueWrapper) => w.findAll('[data-testid="hotline-call"]').map((a) => a.attributes('href'))

describe('HotlinePanel', () => {
  it('keeps the real numbers in a workshop, each saying it is a practice, and says nothing of the kind on real data', async () => {
    const w = await openPanel('en')
    expect(w.find('[data-testid="practice-call-note"]').exists()).toBe(false)
    usePlacesStore().demo = true
    await flushPromises()
    await vi.dynamicImportSettled()
    await flushPromises()
    const call1300 = w.get('a[href="tel:1300"]')
    expect(call1300.get('[data-testid="practice-call-note"]').text()).toBe('นี่คือการฝึกซ้อม — อย่าโทรตอนนี้ / This is a practice — do not call now')
    expect(w.findAll('[data-testid="practice-call-note"]').length).toBe(w.findAll('.hotline-list a').length)
  })

  it('is closed until its button is tapped, and the button is labelled in Thai and English', async () => {
    wrapper = mount(HotlinePanel, { global: { plugins: [pinia, createAppI18n('en')] } })
    expect(wrapper.find('[data-testid="hotlines"]').exists()).toBe(false)
    const button = wrapper.find('[data-testid="hotlines-button"]')
    expect(button.text()).toContain('สายด่วน')
    expect(button.text()).toContain('Hotlines')
    expect(button.attributes('aria-expanded')).toBe('false')
  })

  it('lists the five confirmed numbers as one-tap tel: links and LINE @esshelpme, with no data stored yet', async () => {
    const w = await openPanel()
    const panel = w.find('[data-testid="hotlines"]')
    expect(panel.attributes('role')).toBe('dialog')
    expect(callHrefs(w)).toEqual(['tel:1300', 'tel:191', 'tel:1669', 'tel:1323', 'tel:1387'])
    expect(panel.text()).toContain('ความรุนแรงในครอบครัว')
    const line = w.find('[data-testid="hotline-line"]')
    expect(line.attributes('href')).toBe('https://line.me/R/ti/p/@esshelpme')
    expect(line.text()).toContain('เปิด LINE @esshelpme')
  })

  it("shows the dataset's hotlines once they are loaded", async () => {
    const stored: Hotline[] = [
      { kind: 'phone', id: 'hotline-1300', number: '1300', name: { th: 'ศูนย์ช่วยเหลือสังคม', en: 'Social Assistance Center' }, purpose: { th: 'ทดสอบ', en: 'test purpose' }, hours24: true, source: 's' },
      { kind: 'phone', id: 'hotline-1155', number: '1155', name: { th: 'ตำรวจท่องเที่ยว', en: 'Tourist police' }, purpose: { th: 'นักท่องเที่ยว', en: 'Tourists' }, hours24: true, source: 's' },
    ]
    usePlacesStore().hotlines = stored
    const w = await openPanel('en')
    expect(callHrefs(w)).toEqual(['tel:1300', 'tel:1155'])
    expect(w.text()).toContain('test purpose')
    expect(w.text()).toContain('24 hours')
  })

  it('moves focus into the panel, and Esc closes it and returns focus to the button', async () => {
    const w = await openPanel()
    const button = w.find('[data-testid="hotlines-button"]')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(w.find('[data-testid="hotlines"]').element.contains(document.activeElement)).toBe(true)

    await w.find('[data-testid="hotlines"]').trigger('keydown', { key: 'Escape' })
    await nextTick()
    expect(w.find('[data-testid="hotlines"]').exists()).toBe(false)
    expect(document.activeElement).toBe(button.element)
  })
})
