import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createAppI18n } from '@/locales'
import { joinedWorkshop } from './workshopState'
import WorkshopBanner from './WorkshopBanner.vue'

const exitAfter = vi.hoisted(() => vi.fn((_url: string, _text: string, work: () => Promise<void>) => work()))
const wipeOriginStorage = vi.hoisted(() => vi.fn(() => Promise.resolve()))
vi.mock('@/safety/quickExit', () => ({ quickExit: { exitAfter } }))
vi.mock('./wipeOrigin', () => ({ wipeOriginStorage }))

afterEach(() => {
  joinedWorkshop.value = null
  vi.clearAllMocks()
})

function render() {
  return mount(WorkshopBanner, { global: { plugins: [createPinia(), createAppI18n('en')] } })
}

describe('WorkshopBanner', () => {
  it('says practice mode in Thai first and English second, whatever the language, with the join code once known', async () => {
    const wrapper = render()
    expect(wrapper.get('.title').text()).toBe('โหมดฝึกซ้อม · ข้อมูลตัวอย่าง / Practice mode · demo data')
    expect(wrapper.find('[data-testid="workshop-join-code"]').exists()).toBe(false)
    joinedWorkshop.value = { session: 's-1', joinCode: 'K7Q2', publicInstallUrl: null }
    await flushPromises()
    expect(wrapper.get('[data-testid="workshop-join-code"]').text()).toBe('· รหัสห้อง K7Q2 / Join code K7Q2')
  })

  it('"leave practice mode" wipes the phone\'s storage inside a quick exit to the neutral page', async () => {
    const wrapper = render()
    expect(wrapper.get('[data-testid="workshop-leave"]').text()).toBe('ออกจากโหมดฝึกซ้อม / Leave practice mode')
    await wrapper.get('[data-testid="workshop-leave"]').trigger('click')
    await flushPromises()
    expect(exitAfter).toHaveBeenCalledOnce()
    expect(exitAfter.mock.calls[0]![0]).toBe('https://www.tmd.go.th/')
    expect(wipeOriginStorage).toHaveBeenCalledOnce()
  })
})
