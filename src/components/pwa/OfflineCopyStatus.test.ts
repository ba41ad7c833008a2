import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { readonly, ref } from 'vue'
import { createAppI18n } from '@/locales'
import { joinedWorkshop } from '@/workshop/workshopState'
import OfflineCopyStatus from './OfflineCopyStatus.vue'

vi.mock('@/pwa/serviceWorker', () => ({ offlineCopy: readonly(ref('unsupported')) }))

afterEach(() => {
  vi.unstubAllGlobals()
  joinedWorkshop.value = null
})

async function render() {
  const wrapper = mount(OfflineCopyStatus, { global: { plugins: [createAppI18n('th')] } })
  await flushPromises()
  await vi.dynamicImportSettled()
  await flushPromises()
  return wrapper
}

describe('OfflineCopyStatus without a service worker', () => {
  it('on a secure page, says the browser cannot save the app', async () => {
    vi.stubGlobal('isSecureContext', true)
    const wrapper = await render()
    expect(wrapper.text()).toBe('เบราว์เซอร์นี้บันทึกแอปไว้ใช้ตอนไม่มีอินเทอร์เน็ตไม่ได้')
  })

  it('on plain http (a workshop laptop), says this address cannot save or install it, and where to install at home when set', async () => {
    vi.stubGlobal('isSecureContext', false)
    const wrapper = await render()
    expect(wrapper.get('[data-testid="offline-copy-insecure"]').text()).toContain('ที่อยู่นี้ (http) บันทึกแอปไว้ใช้ตอนไม่มีเน็ตหรือติดตั้งลงเครื่องไม่ได้')
    expect(wrapper.text()).toContain('This address (http) cannot save the app for offline use or install it')
    expect(wrapper.find('[data-testid="offline-copy-install-at"]').exists()).toBe(false)
    joinedWorkshop.value = { session: 's-1', joinCode: 'K7Q2', publicInstallUrl: 'https://safespace.example/' }
    await flushPromises()
    expect(wrapper.get('[data-testid="offline-copy-install-at"]').text()).toBe('ติดตั้งไว้ใช้ที่บ้านได้จาก https://safespace.example/ / To install it at home, open https://safespace.example/')
  })
})
