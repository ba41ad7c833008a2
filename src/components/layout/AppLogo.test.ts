import { beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createAppI18n } from '@/locales'
import { useViewStore } from '@/stores/view'
import AppLogo from './AppLogo.vue'

let pinia: Pinia
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

/** Clicks the logo at the given event times (ms), as the browser would report them. */
function clickAt(w: VueWrapper, times: number[]): void {
  for (const time of times) {
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    Object.defineProperty(click, 'timeStamp', { value: time })
    w.element.dispatchEvent(click)
  }
}

const mountLogo = () => mount(AppLogo, { global: { plugins: [pinia, createAppI18n()] } })

describe('AppLogo', () => {
  it('goes home on a single tap', () => {
    const view = useViewStore()
    view.open('about')
    clickAt(mountLogo(), [1000])
    expect(view.screen).toBe('home')
  })

  it('opens the private help form on the fifth tap within three seconds, in memory only', () => {
    const view = useViewStore()
    const w = mountLogo()
    const url = location.href
    const historyLength = history.length

    clickAt(w, [1000, 1400, 1800])
    expect(view.screen).toBe('home')
    clickAt(w, [2200, 2600])

    expect(view.screen).toBe('report')
    expect(location.href).toBe(url)
    expect(history.length).toBe(historyLength)
  })

  it('does not open it when the taps are too slow', () => {
    const view = useViewStore()
    clickAt(mountLogo(), [0, 1000, 2000, 3000, 4000])
    expect(view.screen).toBe('home')
  })

  it('ignores a held-down Enter (key repeat) but not a real press', () => {
    const w = mountLogo()
    const repeat = new KeyboardEvent('keydown', { key: 'Enter', repeat: true, cancelable: true, bubbles: true })
    const press = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true, bubbles: true })
    w.element.dispatchEvent(repeat)
    w.element.dispatchEvent(press)
    expect(repeat.defaultPrevented).toBe(true)
    expect(press.defaultPrevented).toBe(false)
  })
})
