import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createAppI18n } from '@/locales'
import { useFinderStore } from '@/stores/finder'
import NearMeButton from './NearMeButton.vue'

let pinia: Pinia
let wrapper: VueWrapper | undefined
let requests = 0

function useGeolocation(answer: (success: PositionCallback, failure: PositionErrorCallback) => void): void {
  const geolocation = {
    getCurrentPosition: (success: PositionCallback, failure: PositionErrorCallback) => {
      requests += 1
      answer(success, failure)
    },
  }
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true })
}

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  requests = 0
})
afterEach(() => {
  wrapper?.unmount()
  Reflect.deleteProperty(navigator, 'geolocation')
})

const render = () => (wrapper = mount(NearMeButton, { global: { plugins: [pinia, createAppI18n()] } }))

describe('NearMeButton', () => {
  it('asks for the position only when tapped, and keeps it in the finder store', async () => {
    useGeolocation((success) => success({ coords: { latitude: 13.777, longitude: 100.513 } } as GeolocationPosition))
    const w = render()
    expect(requests).toBe(0)
    await w.find('[data-testid="near-me"]').trigger('click')
    await flushPromises()
    expect(requests).toBe(1)
    expect(useFinderStore().origin).toEqual({ kind: 'position', position: { lat: 13.777, lng: 100.513 } })
    expect(w.find('[data-testid="near-me"]').attributes('aria-pressed')).toBe('true')
  })

  it('explains a refusal and offers choosing an area instead', async () => {
    useGeolocation((_, failure) => failure({ code: 1 } as GeolocationPositionError))
    const w = render()
    await w.find('[data-testid="near-me"]').trigger('click')
    await flushPromises()
    const problem = w.find('[data-testid="near-me-problem"]')
    expect(problem.attributes('role')).toBe('alert')
    expect(problem.text()).toContain('เลือกเขตหรือชุมชน')
    expect(useFinderStore().origin).toEqual({ kind: 'none' })
    useFinderStore().setOrigin({ kind: 'district', code: 1002 })
    await flushPromises()
    expect(w.find('[data-testid="near-me-problem"]').exists()).toBe(false)
  })
})
