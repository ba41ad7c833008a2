import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import type { Basemap } from '@common/basemap'
import type { Place } from '@common/place'
import { createAppI18n } from '@/locales'
import type { PlaceMapController, PlaceMapOptions } from '@/map/placeMap'
import { useFinderStore } from '@/stores/finder'
import { usePlacesStore } from '@/stores/places'
import PlaceMap from './PlaceMap.vue'
import { makePlace } from '../../../tests/unit/fixtures/findingPlaces'

// Leaflet needs a real canvas; here the controller is a fake and the test checks the wiring to the stores.
const controller = vi.hoisted(() => ({
  setPlaces: vi.fn(),
  setSelected: vi.fn(),
  setBasemap: vi.fn(),
  setSourceLines: vi.fn(),
  fitDistrict: vi.fn(),
  fitTo: vi.fn(),
  fitBounds: vi.fn(),
  fitArea: vi.fn(),
  showPosition: vi.fn(),
  setLabels: vi.fn(),
  setDemo: vi.fn(),
  destroy: vi.fn(),
}))
const created = vi.hoisted(() => ({ element: null as HTMLElement | null, options: null as PlaceMapOptions | null }))
const basemap = vi.hoisted((): { value: Basemap | null } => ({ value: { type: 'FeatureCollection', features: [] } }))

vi.mock('@/map/placeMap', () => ({
  createPlaceMap: (element: HTMLElement, options: PlaceMapOptions): PlaceMapController => {
    created.element = element
    created.options = options
    return controller
  },
}))
vi.mock('@/map/basemapSource', () => ({ fetchBasemap: async () => basemap.value }))
// The first screen (markers painted) is shown at once unless a test holds it back.
const firstScreen = vi.hoisted(() => ({ shown: Promise.resolve() }))
vi.mock('@/pwa/firstScreen', () => ({ whenFirstScreenShown: () => firstScreen.shown }))

// Invented positions for the test only.
const near = makePlace({ id: 'police-near', kind: 'police_station', location: { lat: 13.776, lng: 100.512 } })
const far = makePlace({ id: 'oscc-far', kind: 'oscc_hospital', location: { lat: 13.744, lng: 100.539 } })
const hidden = makePlace({ id: 'shelter-hidden', kind: 'shelter', visibility: 'hidden', location: null })

let pinia: Pinia
let wrapper: VueWrapper | undefined

async function render(): Promise<VueWrapper> {
  wrapper = mount(PlaceMap, { global: { plugins: [pinia, createAppI18n()] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  vi.clearAllMocks()
  basemap.value = { type: 'FeatureCollection', features: [] }
  firstScreen.shown = Promise.resolve()
  pinia = createPinia()
  setActivePinia(pinia)
  const places = usePlacesStore()
  places.places = [far, near, hidden]
  places.attribution = ['District boundaries: test']
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('PlaceMap', () => {
  it('draws the places first and the basemap only once they are shown', async () => {
    let show: () => void = () => undefined
    firstScreen.shown = new Promise((resolve) => (show = resolve))
    await render()
    expect(controller.setPlaces).toHaveBeenCalled()
    expect(controller.setBasemap).not.toHaveBeenCalled()
    show()
    await flushPromises()
    expect(controller.setBasemap).toHaveBeenCalledWith(basemap.value)
  })

  it('creates the map in a named region and hands it the places, the basemap and the sources', async () => {
    const w = await render()
    const region = w.get('[data-testid="map"]')
    expect(created.element).toBe(region.element)
    expect(region.attributes('role')).toBe('region')
    expect(region.attributes('aria-label')).toBe('แผนที่สถานที่ช่วยเหลือ')
    expect(created.options?.labels).toEqual({ zoomIn: 'ซูมเข้า', zoomOut: 'ซูมออก', sources: 'แหล่งข้อมูลแผนที่', offlineLines: 'แม่น้ำ คลอง ทางรถไฟ' })
    const drawn = controller.setPlaces.mock.lastCall?.[0] as Place[]
    expect(drawn.map((p) => p.id).sort()).toEqual(['oscc-far', 'police-near', 'shelter-hidden'])
    expect(controller.setBasemap).toHaveBeenCalledWith(basemap.value)
    expect(controller.setSourceLines).toHaveBeenCalledWith(['District boundaries: test'])
  })

  it('marks every place as demo data on a workshop\'s practice dataset, and says so on the map', async () => {
    const w = await render()
    expect(controller.setDemo).toHaveBeenLastCalledWith(false)
    expect(w.find('[data-testid="map-demo"]').exists()).toBe(false)
    usePlacesStore().demo = true
    await flushPromises()
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(controller.setDemo).toHaveBeenLastCalledWith(true)
    expect(w.get('[data-testid="map-demo"]').text()).toBe('ตัวอย่าง / DEMO · สถานที่สมมุติ มีวงจุดล้อมรอบ / Fictional places, ringed with dots')
  })

  it('on a phone that joined a workshop, starts without tiles before the stored dataset is read', async () => {
    localStorage.setItem('safe-space-map-workshop-session', 's-1')
    try {
      await render()
      expect(created.options?.demo).toBe(true)
      expect(controller.setDemo).toHaveBeenLastCalledWith(true)
    } finally {
      localStorage.clear()
    }
  })

  it('draws what the filters let through', async () => {
    await render()
    usePlacesStore().filters.kinds = ['oscc_hospital']
    await nextTick()
    const drawn = controller.setPlaces.mock.lastCall?.[0] as Place[]
    expect(drawn.map((p) => p.id)).toEqual(['oscc-far'])
  })

  it('selects a tapped place, moving the map only to reveal it, and centres a place chosen elsewhere', async () => {
    await render()
    const finder = useFinderStore()
    created.options?.onSelect('police-near')
    expect(finder.selectedId).toBe('police-near')
    await nextTick()
    expect(controller.setSelected).toHaveBeenLastCalledWith('police-near', { pan: 'reveal' })

    finder.select('oscc-far')
    await nextTick()
    expect(controller.setSelected).toHaveBeenLastCalledWith('oscc-far', { pan: 'centre' })
  })

  it('follows the origin: a district, a position with the places the list ranks first, and back to the whole area', async () => {
    await render()
    const finder = useFinderStore()
    finder.setOrigin({ kind: 'district', code: 1002 })
    await nextTick()
    expect(controller.fitDistrict).toHaveBeenCalledWith(1002)

    const position = { lat: 13.777, lng: 100.513 }
    finder.setOrigin({ kind: 'position', position })
    await nextTick()
    expect(controller.showPosition).toHaveBeenLastCalledWith(position)
    expect(controller.fitBounds).toHaveBeenLastCalledWith({ south: 13.744, west: 100.512, north: 13.777, east: 100.539 })

    finder.setOrigin({ kind: 'none' })
    await nextTick()
    expect(controller.showPosition).toHaveBeenLastCalledWith(null)
    expect(controller.fitArea).toHaveBeenCalledTimes(1)
  })

  it('"I was hurt" near me: the map takes in the OSCC hospital the list ranks first, not only the police next door', async () => {
    const oscc = makePlace({ id: 'oscc-across-town', kind: 'oscc_hospital', location: { lat: 13.65, lng: 100.7 } })
    usePlacesStore().places = [near, oscc]
    await render()
    const finder = useFinderStore()
    const position = { lat: 13.777, lng: 100.513 }
    finder.setOrigin({ kind: 'position', position })
    await nextTick()
    usePlacesStore().filters.need = 'hurt'
    await nextTick()
    expect(finder.results.located(1)[0]?.place.id).toBe('oscc-across-town')
    expect(controller.fitBounds).toHaveBeenLastCalledWith({ south: 13.65, west: 100.512, north: 13.777, east: 100.7 })
  })

  it('says so when only the offline basemap can be shown', async () => {
    const w = await render()
    expect(w.find('[data-testid="map-offline"]').exists()).toBe(false)
    created.options?.onBasemapModeChange?.('offline')
    await nextTick()
    expect(w.get('[data-testid="map-offline"]').text()).toBe('แผนที่ออฟไลน์: เส้นแบ่งเขต แม่น้ำ คลอง และทางรถไฟ')
    // While a place is open the sheet leaves only a strip of map; the note gives it back.
    useFinderStore().select('police-near')
    await nextTick()
    expect(w.find('[data-testid="map-offline"]').exists()).toBe(false)
  })

  it('relabels the map in English and removes it on unmount', async () => {
    const w = await render()
    const i18n = (w.vm as unknown as { $i18n: { locale: string } }).$i18n
    i18n.locale = 'en'
    await nextTick()
    expect(controller.setLabels).toHaveBeenLastCalledWith({ zoomIn: 'Zoom in', zoomOut: 'Zoom out', sources: 'Map sources', offlineLines: 'Rivers, khlongs, railways' })
    w.unmount()
    wrapper = undefined
    expect(controller.destroy).toHaveBeenCalledTimes(1)
    usePlacesStore().places = [near]
    await nextTick()
    expect(controller.setPlaces).not.toHaveBeenCalledWith([near])
  })

  it('still shows the map without a basemap file', async () => {
    basemap.value = null
    await render()
    expect(controller.setBasemap).not.toHaveBeenCalled()
    expect(controller.setPlaces).toHaveBeenCalled()
  })
})
