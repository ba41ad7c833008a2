import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { createAppI18n } from '@/locales'
import type { Place } from '@common/place'
import { useFinderStore } from '@/stores/finder'
import { usePlacesStore } from '@/stores/places'
import PlaceList from './PlaceList.vue'
import { DISTRICTS, DUSIT_POINT, IDS_WITHOUT_ORIGIN, makePlace, PLACES } from '../../../tests/unit/fixtures/findingPlaces'

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

const render = () => (wrapper = mount(PlaceList, { global: { plugins: [pinia, createAppI18n()] } }))
const itemIds = (w: VueWrapper) => w.findAll('[data-testid="place-list-item"]').map((item) => item.attributes('data-place-id'))

describe('PlaceList', () => {
  it('lists every place with its id and kind, OSCC first, contact cards last, and announces the count', () => {
    const w = render()
    expect(itemIds(w)).toEqual(IDS_WITHOUT_ORIGIN)
    expect(w.find('[data-place-id="police-dusit"]').attributes('data-kind')).toBe('police_station')
    const count = w.find('[data-testid="result-count"]')
    expect(count.attributes('aria-live')).toBe('polite')
    expect(count.text()).toBe('พบ 8 แห่ง')
    expect(w.findAll('[data-testid="call-button"]').every((call) => call.attributes('href')?.startsWith('tel:'))).toBe(true)
  })

  it('orders by distance once there is an origin, and follows the filters', async () => {
    const w = render()
    useFinderStore().setOrigin({ kind: 'position', position: DUSIT_POINT })
    usePlacesStore().filters.need = 'hurt'
    await nextTick()
    expect(itemIds(w).slice(0, 3)).toEqual(['oscc-near', 'oscc-far', 'hospital-nearest'])
    expect(w.find('[data-place-id="oscc-near"] [data-testid="distance"]').text()).toBe('600 ม.')
    usePlacesStore().filters.query = 'ดุสิต'
    await nextTick()
    expect(itemIds(w)).toEqual(['oscc-near', 'hospital-nearest', 'police-dusit', 'community-wat', 'support-hidden', 'shelter-hidden'])
    expect(w.find('[data-testid="result-count"]').text()).toBe('พบ 6 แห่ง')
  })

  it('selects a place when its item is tapped', async () => {
    const w = render()
    await w.find('[data-place-id="police-dusit"] button.details').trigger('click')
    expect(useFinderStore().selectedId).toBe('police-dusit')
  })

  it('shows the first 15 located places, then more on request', async () => {
    const many: Place[] = Array.from({ length: 20 }, (_, i) => makePlace({ id: `police-${String(i).padStart(2, '0')}`, kind: 'police_station' }))
    usePlacesStore().places = many
    const w = render()
    expect(itemIds(w)).toHaveLength(15)
    await w.find('[data-testid="show-more"]').trigger('click')
    expect(itemIds(w)).toHaveLength(20)
    expect(w.find('[data-testid="show-more"]').exists()).toBe(false)
  })

  it('says when nothing matches and offers to clear the filters', async () => {
    usePlacesStore().filters.query = 'ไม่มีที่นี่'
    const w = render()
    expect(itemIds(w)).toEqual([])
    expect(w.text()).toContain('ไม่พบสถานที่ที่ตรงกับการค้นหาหรือตัวกรอง')
    await w.find('[data-testid="reset-filters"]').trigger('click')
    expect(itemIds(w)).toHaveLength(PLACES.length)
  })

  it('explains the "I was hurt" order where the list starts, with and without a point to measure from', async () => {
    const w = render()
    expect(w.find('[data-testid="hurt-rule"]').exists()).toBe(false)
    usePlacesStore().filters.need = 'hurt'
    await nextTick()
    expect(w.find('[data-testid="hurt-rule"]').text()).toContain('กด “ใกล้ฉัน”')
    useFinderStore().setOrigin({ kind: 'position', position: DUSIT_POINT })
    await nextTick()
    expect(w.find('[data-testid="hurt-rule"]').text()).toBe(
      'ศูนย์พึ่งได้ (OSCC): ตรวจร่างกาย เก็บหลักฐาน และช่วยเหลือหลังถูกทำร้าย — เรียงจากใกล้ที่สุด และแสดงโรงพยาบาลที่มีห้องฉุกเฉินซึ่งอยู่ใกล้กว่าไว้ด้วย',
    )
  })

  it('says it is loading before any data is there', () => {
    const places = usePlacesStore()
    places.places = []
    places.status = { phase: 'loading', placeCount: 0 }
    expect(render().find('[data-testid="result-count"]').text()).toBe('กำลังโหลดข้อมูลสถานที่…')
  })
})
