import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { wipeSensitiveState } from '@/safety/sensitiveState'
import { IDLE_LOCK_MS } from '../desk/idleLock'
import { useDeskLock } from '../stores/deskLock'
import { useStaffSession } from '../stores/staffSession'
import { coordinator, FakeDeskServer } from './testing/fakeDeskServer'
import { find, mountDesk, samplePayload, setUpDesk, TEST_PASSPHRASE, unlock } from './testing/deskTestKit'

let wrapper: VueWrapper | undefined
afterEach(() => {
  useDeskLock().lock()
  wrapper?.unmount()
  document.body.innerHTML = ''
  vi.useRealTimers()
})

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

async function readyDesk(): Promise<FakeDeskServer> {
  const server = new FakeDeskServer([coordinator(7, 'somchai')])
  await setUpDesk(server, 7)
  await server.receive({ v: 1, note: 'not shown' })
  return server
}

// Real WebCrypto (the screens make keys at 600,000 PBKDF2 rounds) on a shared machine: more than the default 5 s.
describe('unlocking and locking the desk', { timeout: 30_000 }, () => {
  it('refuses a wrong passphrase, opens with the right one and tells the audit log', async () => {
    const server = await readyDesk()
    wrapper = await mountDesk(server)
    await (await find(wrapper, 'desk-passphrase')).setValue('ไม่ใช่รหัสผ่านนี้แน่นอน')
    await wrapper.find('[data-testid="desk-unlock"] form').trigger('submit')
    await expect.poll(() => byTestId('staff-problem').exists()).toBe(true)
    expect(byTestId('staff-problem').text()).toContain('รหัสผ่านไม่ถูกต้อง')
    expect(byTestId('staff-problem').text()).toContain('passphrase is not right')
    expect(server.sent('POST', '/api/staff/desk/unlocked')).toHaveLength(0)

    await unlock(wrapper)
    expect(server.sent('POST', '/api/staff/desk/unlocked')).toHaveLength(1)
    expect((byTestId('desk-passphrase').exists())).toBe(false)
    expect(JSON.stringify(server.requests)).not.toContain(TEST_PASSPHRASE)
  })

  it('locks with the lock button, on sign-out and on quick exit, and the keyring is wiped each time', async () => {
    const server = await readyDesk()
    wrapper = await mountDesk(server)
    const lock = useDeskLock()

    await unlock(wrapper)
    const first = lock.keyring()
    await byTestId('desk-lock').trigger('click')
    await find(wrapper, 'desk-passphrase')
    expect(first?.isWiped).toBe(true)

    await unlock(wrapper)
    const second = lock.keyring()
    wipeSensitiveState()
    await flushPromises()
    expect(second?.isWiped).toBe(true)
    expect(byTestId('desk-inbox').exists()).toBe(false)

    await unlock(wrapper)
    const third = lock.keyring()
    await useStaffSession().signOut({ th: 'ออกแล้ว', en: 'Signed out.' })
    await flushPromises()
    expect(third?.isWiped).toBe(true)
    expect(lock.unlocked).toBe(false)
  })

  it('locks itself after 15 minutes without activity, and activity keeps it open', async () => {
    const server = await readyDesk()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    wrapper = await mountDesk(server)
    await unlock(wrapper)

    vi.advanceTimersByTime(IDLE_LOCK_MS - 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown'))
    vi.advanceTimersByTime(IDLE_LOCK_MS - 60_000)
    await flushPromises()
    expect(byTestId('desk-inbox').exists()).toBe(true)

    vi.advanceTimersByTime(60_000)
    await flushPromises()
    expect(byTestId('desk-inbox').exists()).toBe(false)
    expect(byTestId('desk-passphrase').exists()).toBe(true)
  })

  it('"forgot passphrase": the recovery code gives a new personal key the desk keys, and the desk opens with the new passphrase', async () => {
    const server = new FakeDeskServer([coordinator(7, 'somchai')])
    const code = await setUpDesk(server, 7)
    await server.receive(samplePayload('MARKER-recovered'))
    const oldKey = server.personalKeys.get('staff-7')
    wrapper = await mountDesk(server)
    await (await find(wrapper, 'desk-forgot')).trigger('click')
    const newPassphrase = 'น้ำท่วมทุ่งผักบุ้งโหรงเหรง'
    await (await find(wrapper, 'desk-recovery-code')).setValue(code.replace(/K/g, 'ก').toLowerCase())
    await byTestId('desk-new-passphrase').setValue(newPassphrase)
    await byTestId('desk-repeat-passphrase').setValue(newPassphrase)
    await byTestId('desk-recover').trigger('submit')
    await find(wrapper, 'desk-inbox')

    const newKey = server.personalKeys.get('staff-7')
    expect(newKey?.publicKeyJwk).not.toEqual(oldKey?.publicKeyJwk)
    expect(server.sent('POST', '/api/staff/desk/grants')).toHaveLength(1)
    expect(JSON.stringify(server.requests)).not.toContain(code)

    // Locked again, the new passphrase opens the desk and the old report.
    useDeskLock().lock()
    await unlock(wrapper, newPassphrase)
    await (await find(wrapper, 'desk-report-open')).trigger('click')
    expect((await find(wrapper, 'desk-report-whatHappened')).text()).toBe('MARKER-recovered')
  })
})
