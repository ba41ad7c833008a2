import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { createAppI18n } from '@/locales'
import { useFinderStore } from '@/stores/finder'
import { usePlacesStore } from '@/stores/places'
import TopResults from './TopResults.vue'
import { DISTRICTS, DUSIT_POINT, PLACES } from '../../../tests/unit/fixtures/findingPlaces'

let pinia: Pinia
let wrapper: VueWrapper | undefined

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  const places = usePlacesStore()
  places.places = PLACES
  places.districts = DISTRICTS
  places.status = { phase: 'ready', placeCount: PLACES.length }
})
afterEach(() => wrapper?.unmount())

const render = () => (wrapper = mount(TopResults, { global: { plugins: [pinia, createAppI18n()] } }))
const itemIds = (w: VueWrapper) => w.findAll('[data-testid="place-list-item"]').map((item) => item.attributes('data-place-id'))

describe('TopResults (the nearest help above the map)', () => {
  it('asks for a point to measure from before claiming anything is nearest', () => {
    const w = render()
    expect(itemIds(w)).toEqual([])
    expect(w.get('[data-testid="top-results-prompt"]').text()).toContain('ใกล้ฉัน')
  })

  it('after "near me", shows the list’s first two places for the chosen need, with distance and a one-tap call', async () => {
    const w = render()
    useFinderStore().setOrigin({ kind: 'position', position: DUSIT_POINT })
    usePlacesStore().filters.need = 'hurt'
    await nextTick()
    expect(itemIds(w)).toEqual(useFinderStore().results.located(2).map((item) => item.place.id))
    expect(w.get('h2').text()).toBe('ที่ช่วยเหลือใกล้ที่สุด')
    const first = w.get('[data-testid="place-list-item"]')
    expect(first.attributes('data-kind')).toBe('oscc_hospital')
    expect(first.get('[data-testid="distance"]').text()).toBe('600 ม.')
    expect(first.get('[data-testid="call-button"]').attributes('href')).toMatch(/^tel:/)
    expect(w.find('[data-testid="top-results-prompt"]').exists()).toBe(false)
  })

  it('selects a place when its item is tapped, and stays out of the way when nothing matches', async () => {
    const w = render()
    useFinderStore().setOrigin({ kind: 'position', position: DUSIT_POINT })
    await nextTick()
    await w.get('[data-testid="place-list-item"] button.details').trigger('click')
    expect(useFinderStore().selectedId).toBe(itemIds(w)[0])
    usePlacesStore().filters.query = 'ไม่มีที่ไหนชื่อนี้'
    await nextTick()
    expect(w.find('[data-testid="top-results"]').exists()).toBe(false)
  })
})
