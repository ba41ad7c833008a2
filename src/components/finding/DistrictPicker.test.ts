import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createAppI18n } from '@/locales'
import { useFinderStore } from '@/stores/finder'
import { usePlacesStore } from '@/stores/places'
import DistrictPicker from './DistrictPicker.vue'
import { DISTRICTS, PLACES } from '../../../tests/unit/fixtures/findingPlaces'

let pinia: Pinia
let wrapper: VueWrapper | undefined
const basemap = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 1002, name_th: 'ดุสิต', name_en: 'Dusit', province: 'bangkok', label: [100.51345, 13.77356] },
      geometry: { type: 'Polygon', coordinates: [] },
    },
  ],
}

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  usePlacesStore().places = PLACES
  usePlacesStore().districts = [...DISTRICTS, { code: 1001, province: 'bangkok', name: { th: 'พระนคร', en: 'Phra Nakhon' } }]
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(basemap))))
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

const render = () => (wrapper = mount(DistrictPicker, { global: { plugins: [pinia, createAppI18n()] } }))

describe('DistrictPicker', () => {
  it('offers the pilot communities first, then districts by province in Thai order, Thai names first', () => {
    const groups = render().findAll('optgroup')
    expect(groups.map((g) => g.attributes('label'))).toEqual(['ชุมชนนำร่อง', 'กรุงเทพมหานคร', 'สมุทรปราการ'])
    expect(groups[0]?.findAll('option').map((o) => o.attributes('value'))).toEqual(['community:community-wat'])
    expect(groups[1]?.findAll('option').map((o) => o.text())).toEqual(['ดุสิต · Dusit', 'ปทุมวัน · Pathum Wan', 'พระนคร · Phra Nakhon'])
    expect(groups[2]?.findAll('option').map((o) => o.attributes('value'))).toEqual(['district:1101'])
  })

  it('sets a district as the origin and loads the district centres', async () => {
    const w = render()
    await w.find('[data-testid="district-picker"]').setValue('district:1002')
    await flushPromises()
    const finder = useFinderStore()
    expect(finder.origin).toEqual({ kind: 'district', code: 1002 })
    expect(finder.originLatLng).toEqual({ lat: 13.77356, lng: 100.51345 })
  })

  it('sets a community as the origin, and clears it again', async () => {
    const w = render()
    const select = w.find('[data-testid="district-picker"]')
    await select.setValue('community:community-wat')
    expect(useFinderStore().origin).toEqual({ kind: 'community', placeId: 'community-wat' })
    await select.setValue('')
    expect(useFinderStore().origin).toEqual({ kind: 'none' })
  })
})
