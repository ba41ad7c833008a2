import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { Component } from 'vue'
import { createAppI18n } from '@/locales'
import { usePlacesStore } from '@/stores/places'
import FilterBar from './FilterBar.vue'
import NeedToggle from './NeedToggle.vue'
import SearchInput from './SearchInput.vue'

let pinia: Pinia
let wrapper: VueWrapper | undefined
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})
afterEach(() => wrapper?.unmount())

const render = (component: Component) => (wrapper = mount(component, { global: { plugins: [pinia, createAppI18n()] } }))

describe('SearchInput', () => {
  it('writes the query to the filters, is labelled, never autocompleted, and can be cleared', async () => {
    const w = render(SearchInput)
    const input = w.find('[data-testid="search-input"]')
    expect(w.find(`label[for="${input.attributes('id')}"]`).text()).toBe('ค้นหาชื่อสถานที่ เขต บริการ หรือเบอร์โทร')
    expect(input.attributes('autocomplete')).toBe('off')
    await input.setValue('รพ.ตำรวจ')
    expect(usePlacesStore().filters.query).toBe('รพ.ตำรวจ')
    await w.find('[data-testid="search-clear"]').trigger('click')
    expect(usePlacesStore().filters.query).toBe('')
  })
})

describe('NeedToggle', () => {
  it('switches the need between any help and "I was hurt"', async () => {
    const w = render(NeedToggle)
    expect(w.find('legend').text()).toBe('ต้องการความช่วยเหลือแบบไหน')
    await w.find('[data-testid="need-hurt"]').setValue(true)
    expect(usePlacesStore().filters.need).toBe('hurt')
    await w.find('[data-testid="need-any"]').setValue(true)
    expect(usePlacesStore().filters.need).toBe('any')
  })
})

describe('FilterBar', () => {
  it('toggles open 24 h and narrows the kinds, each chip named by its full kind', async () => {
    const w = render(FilterBar)
    await w.find('[data-testid="open24h-toggle"]').setValue(true)
    expect(usePlacesStore().filters.open24h).toBe(true)
    const police = w.find('[data-testid="kind-police_station"]')
    expect(police.attributes('aria-label')).toBe('สถานีตำรวจ')
    await police.setValue(true)
    await w.find('[data-testid="kind-oscc_hospital"]').setValue(true)
    expect(usePlacesStore().filters.kinds).toEqual(['police_station', 'oscc_hospital'])
    await police.setValue(false)
    expect(usePlacesStore().filters.kinds).toEqual(['oscc_hospital'])
  })
})
