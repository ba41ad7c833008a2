import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createAppI18n } from '@/locales'
import { LOGO_TAP_BURST } from '@/domain/report/tapBurst'
import { useViewStore } from '@/stores/view'
import AppLogo from './AppLogo.vue'

let pinia: Pinia
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** Clicks the logo at the given event times (ms), as the browser would report them, then lets the burst settle. */
function tapAt(w: VueWrapper, times: number[]): void {
  for (const time of times) {
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    Object.defineProperty(click, 'timeStamp', { value: time })
    w.element.dispatchEvent(click)
  }
}

const settle = () => vi.advanceTimersByTime(LOGO_TAP_BURST.pauseMs)
const mountLogo = () => mount(AppLogo, { global: { plugins: [pinia, createAppI18n()] } })

describe('AppLogo', () => {
  it('does nothing visible on a single tap, on any screen', () => {
    const view = useViewStore()
    view.open('about')
    tapAt(mountLogo(), [1000])
    settle()
    expect(view.screen).toBe('about')
  })

  it('opens the private help form after a burst of five taps within three seconds, in memory only', () => {
    const view = useViewStore()
    const w = mountLogo()
    const url = location.href
    const historyLength = history.length

    tapAt(w, [1000, 1400, 1800, 2200, 2600])
    settle()

    expect(view.screen).toBe('report')
    expect(location.href).toBe(url)
    expect(history.length).toBe(historyLength)
  })

  it('does nothing for four taps, nor for six: a sixth tap never opens or closes anything', () => {
    const view = useViewStore()
    const w = mountLogo()
    tapAt(w, [1000, 1200, 1400, 1600])
    settle()
    expect(view.screen).toBe('home')
    tapAt(w, [5000, 5200, 5400, 5600, 5800, 6000])
    settle()
    expect(view.screen).toBe('home')

    view.open('report')
    tapAt(w, [9000])
    settle()
    expect(view.screen).toBe('report')
  })

  it('does not open it when the taps are too slow', () => {
    const view = useViewStore()
    tapAt(mountLogo(), [0, 750, 1500, 2250, 3000])
    settle()
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
