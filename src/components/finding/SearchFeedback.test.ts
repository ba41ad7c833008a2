import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { createAppI18n } from '@/locales'
import { usePlacesStore } from '@/stores/places'
import SearchInput from './SearchInput.vue'
import { loadSearchFeedback } from './loadSearchFeedback'
import { DISTRICTS, PLACES } from '../../../tests/unit/fixtures/findingPlaces'

let pinia: Pinia
let wrapper: VueWrapper | undefined
// In the app main.ts fetches it once the map is painted; here, before the first search.
beforeAll(async () => {
  await loadSearchFeedback()
})
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  const places = usePlacesStore()
  places.places = PLACES
  places.districts = DISTRICTS
})
afterEach(() => wrapper?.unmount())

async function search(query: string, locale: 'th' | 'en' = 'th'): Promise<VueWrapper> {
  wrapper = mount(SearchInput, { global: { plugins: [pinia, createAppI18n(locale)] } })
  await wrapper.find('[data-testid="search-input"]').setValue(query)
  // The feedback's code is a chunk of its own, loaded at the first letter typed.
  await flushPromises()
  await nextTick()
  return wrapper
}
const hotlineHrefs = (w: VueWrapper) => w.findAll('[data-testid="search-hotline-call"]').map((link) => link.attributes('href'))

describe('what the search box says under it', () => {
  it('shows a hotline found by its number, with a one-tap call, and says no place matched', async () => {
    const w = await search('1300')
    expect(hotlineHrefs(w)).toEqual(['tel:1300'])
    expect(w.find('[data-testid="search-hotlines"]').text()).toContain('ศูนย์ช่วยเหลือสังคม')
    expect(w.find('[data-testid="search-no-match"]').text()).toContain('ไม่พบสถานที่ที่ตรงกับ “1300”')
  })

  it('with no match, says so, says the map is unchanged, and offers 1300, 191 and 1669', async () => {
    const w = await search('ไม่มีที่นี่')
    const note = w.find('[data-testid="search-no-match"]')
    expect(note.attributes('role')).toBe('alert')
    expect(note.text()).toContain('ไม่พบสถานที่ที่ตรงกับ “ไม่มีที่นี่” ลองสะกดใหม่ หรือโทรสายด่วน')
    expect(note.text()).toContain('แผนที่ยังแสดงเหมือนเดิม')
    expect(hotlineHrefs(w)).toEqual(['tel:1300', 'tel:191', 'tel:1669'])
  })

  it('says in English when only similar names were found', async () => {
    const w = await search('Polise General', 'en')
    expect(w.find('[data-testid="search-similar"]').text()).toBe('No name is spelled exactly like that, so similar names are shown')
    expect(w.find('[data-testid="search-no-match"]').exists()).toBe(false)
  })

  it('says nothing while places are found as typed, or before anything is typed', async () => {
    expect((await search('ตำรวจ')).find('.search-feedback').exists()).toBe(false)
    wrapper?.unmount()
    expect((await search('  ')).find('.search-feedback').exists()).toBe(false)
  })
})
