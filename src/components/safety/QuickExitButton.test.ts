import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { DEFAULT_EXIT_URL } from '@/domain/deployment'
import { createAppI18n } from '@/locales'
import { quickExit } from '@/safety/quickExit'
import { wipeSensitiveState } from '@/safety/sensitiveState'
import { useFinderStore } from '@/stores/finder'
import { useSettingsStore } from '@/stores/settings'
import { joinedWorkshop } from '@/workshop/workshopState'
import QuickExitButton from './QuickExitButton.vue'

let pinia: Pinia
let wrapper: VueWrapper | undefined
const exit = vi.spyOn(quickExit, 'exit').mockImplementation(() => undefined)

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  exit.mockClear()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  joinedWorkshop.value = null
})

function mountButton(locale: 'th' | 'en' = 'th'): VueWrapper {
  wrapper = mount(QuickExitButton, { global: { plugins: [pinia, createAppI18n(locale)] }, attachTo: document.body })
  return wrapper
}

let clock = 1000
function press(key: string, options: KeyboardEventInit = {}): void {
  clock += 500
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...options })
  Object.defineProperty(event, 'timeStamp', { value: clock })
  document.body.dispatchEvent(event)
}

const status = (w: VueWrapper) => w.find('[data-testid="quick-exit-shortcut-status"]')

describe('QuickExitButton', () => {
  it("during a workshop leaves for the laptop's own neutral page, not the person's (the room may have no internet)", async () => {
    useSettingsStore().exitUrl = 'https://news.example.org/'
    joinedWorkshop.value = { session: 's-1', joinCode: 'K7Q2', publicInstallUrl: null }
    await mountButton().find('[data-testid="quick-exit"]').trigger('click')
    expect(exit).toHaveBeenCalledWith(`${window.location.origin}/weather`, 'กำลังโหลด…')
  })

  it('says "Exit now" in Thai and English and is named as an emergency exit', () => {
    const button = mountButton().find('[data-testid="quick-exit"]')
    expect(button.element.tagName).toBe('BUTTON')
    expect(button.text().replace(/\s+/g, ' ')).toContain('ออกทันที')
    expect(button.text()).toContain('Exit now')
    const hidden = button.findAll('.visually-hidden').map((span) => span.text())
    expect(hidden).toContain('ฉุกเฉิน:')
    expect(hidden).toContain('Emergency:')
  })

  it('leaves for the default weather page when the person chose none', async () => {
    await mountButton().find('[data-testid="quick-exit"]').trigger('click')
    expect(exit).toHaveBeenCalledWith(DEFAULT_EXIT_URL, 'กำลังโหลด…')
  })

  it("leaves for the person's own page", async () => {
    useSettingsStore().exitUrl = 'https://news.example.org/'
    await mountButton('en').find('[data-testid="quick-exit"]').trigger('click')
    expect(exit).toHaveBeenCalledWith('https://news.example.org/', 'Loading…')
  })

  it('exits on Shift pressed three times and counts down in the live region', async () => {
    const w = mountButton()
    press('Shift')
    await nextTick()
    expect(status(w).text()).toBe('กด Shift อีก 2 ครั้งเพื่อออกจากหน้านี้')
    expect(status(w).attributes('aria-live')).toBe('polite')
    press('Shift')
    await nextTick()
    expect(status(w).text()).toBe('กด Shift อีก 1 ครั้งเพื่อออกจากหน้านี้')
    press('Shift')
    expect(exit).toHaveBeenCalledOnce()
  })

  it('counts down in English with the right plural', async () => {
    const w = mountButton('en')
    press('Shift')
    await nextTick()
    expect(status(w).text()).toBe('Press Shift 2 more times to exit this page')
    press('Shift')
    await nextTick()
    expect(status(w).text()).toBe('Press Shift 1 more time to exit this page')
  })

  it('does not exit on Shift, Shift, a, Shift, nor count a held Shift twice', async () => {
    const w = mountButton()
    press('Shift')
    press('Shift')
    press('a')
    await nextTick()
    expect(status(w).text()).toBe('')
    press('Shift')
    press('Shift', { repeat: true })
    press('Shift', { repeat: true })
    expect(exit).not.toHaveBeenCalled()
  })

  it('registers the wipe of the finder position and selection while it is mounted', () => {
    mountButton()
    const finder = useFinderStore()
    finder.setOrigin({ kind: 'position', position: { lat: 13.77, lng: 100.51 } })
    finder.select('oscc-1')
    wipeSensitiveState()
    expect(finder.origin).toEqual({ kind: 'none' })
    expect(finder.selectedId).toBeNull()

    wrapper?.unmount()
    wrapper = undefined
    finder.select('oscc-1')
    wipeSensitiveState()
    expect(finder.selectedId).toBe('oscc-1')
  })
})
