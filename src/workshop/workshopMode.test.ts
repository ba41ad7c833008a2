import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia } from 'pinia'
import { WORKSHOP_CHANNEL, type WorkshopConfig } from '@common/workshop/api'

const served = vi.hoisted(() => ({ config: undefined as unknown }))
const wipeOriginStorage = vi.hoisted(() => vi.fn(() => Promise.resolve()))
vi.mock('@/data/runtimeConfig', () => ({ fetchServerConfig: () => Promise.resolve(served.config) }))
vi.mock('./wipeOrigin', () => ({ wipeOriginStorage }))

const workshop: WorkshopConfig = { session: 's-1', joinCode: 'K7Q2', publicInstallUrl: null }
const reload = vi.fn()

// Each test starts workshop mode afresh (it runs once per page).
async function start() {
  const mode = await import('./workshopMode')
  const state = await import('./workshopState')
  const online = await import('@/pwa/onlineStatus')
  const { usePlacesStore } = await import('@/stores/places')
  const pinia = createPinia()
  usePlacesStore(pinia).demo = true
  mode.startWorkshopMode(pinia)
  await vi.waitFor(() => expect(served.config === undefined || state.joinedWorkshop.value !== null || wipeOriginStorage.mock.calls.length > 0).toBe(true))
  return { state, online }
}

beforeEach(() => {
  vi.resetModules()
  localStorage.clear()
  vi.stubGlobal('location', { ...location, reload })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.clearAllMocks()
})

describe('workshop mode on the phone', () => {
  it('joins the workshop: remembers its session and shows its join code', async () => {
    served.config = { reportEndpoint: null, workshop }
    const { state } = await start()
    expect(state.joinedWorkshop.value).toEqual(workshop)
    expect(state.storedWorkshopSession()).toBe('s-1')
    expect(wipeOriginStorage).not.toHaveBeenCalled()
  })

  it('wipes every practice record and starts again when the trainer reset the workshop', async () => {
    localStorage.setItem('safe-space-map-workshop-session', 's-0')
    served.config = { reportEndpoint: null, workshop }
    await start()
    await vi.waitFor(() => expect(reload).toHaveBeenCalled())
    expect(wipeOriginStorage).toHaveBeenCalledOnce()
  })

  it('wipes when a real server (workshop: null) is opened on a phone holding demo data', async () => {
    served.config = { reportEndpoint: null, workshop: null }
    await start()
    await vi.waitFor(() => expect(reload).toHaveBeenCalled())
    expect(wipeOriginStorage).toHaveBeenCalledOnce()
  })

  it('follows the presenter\'s "simulate offline" switch on the workshop channel', async () => {
    served.config = { reportEndpoint: null, workshop }
    const { online } = await start()
    const presenter = new BroadcastChannel(WORKSHOP_CHANNEL)
    presenter.postMessage({ type: 'simulate-offline', offline: true })
    await vi.waitFor(() => expect(online.isOnline()).toBe(false))
    presenter.postMessage({ type: 'simulate-offline', offline: false })
    await vi.waitFor(() => expect(online.isOnline()).toBe(true))
    presenter.close()
  })
})
