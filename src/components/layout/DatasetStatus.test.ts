import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createAppI18n } from '@/locales'
import { usePlacesStore } from '@/stores/places'
import DatasetStatus from './DatasetStatus.vue'

let pinia: Pinia
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

const render = (locale: 'th' | 'en' = 'th') => mount(DatasetStatus, { global: { plugins: [pinia, createAppI18n(locale)] } })

describe('DatasetStatus', () => {
  it('gives the dataset’s own date and when it was last checked for a newer one, not the download date', () => {
    usePlacesStore().status = { phase: 'ready', version: '2026.11.24-abcd1234', placeCount: 139, dataDate: '2026-11-24', checkedAt: '2026-12-01T04:00:00Z' }
    const w = render()
    expect(w.get('[data-testid="dataset-date"]').text()).toBe('· ข้อมูลปรับปรุงล่าสุด 24 พ.ย. 2569')
    expect(w.get('[data-testid="dataset-checked"]').text()).toBe('· ตรวจหาฉบับใหม่ล่าสุด 1 ธ.ค. 2569')
    expect(render('en').get('[data-testid="dataset-date"]').text()).toBe('· Data last updated 24 Nov 2026')
  })

  it('says nothing about the app being saved for offline use before the service worker has said so', () => {
    usePlacesStore().status = { phase: 'ready', version: '2026.11.24-abcd1234', placeCount: 139 }
    const w = render()
    expect(w.find('[data-testid="offline-copy"]').exists()).toBe(false)
    expect(w.text()).not.toContain('บันทึก')
  })
})
