import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ref } from 'vue'

// The module keeps one "shown" for the page, so each test loads it afresh.
async function freshModule() {
  vi.resetModules()
  return import('./firstScreen')
}

function signals() {
  return { otherScreen: ref(false), nothingToPaint: ref(false) }
}

async function started() {
  const module = await freshModule()
  const state = signals()
  let shown = false
  void module.whenFirstScreenShown().then(() => {
    shown = true
  })
  module.watchFirstScreen({ otherScreenShown: state.otherScreen, nothingToPaint: state.nothingToPaint })
  return { ...module, ...state, isShown: async () => (await flushPromises(), shown) }
}

const shownMarks = () => performance.getEntriesByName('first-screen-shown').length

/** Stands in for the browser's idle callbacks: `run` calls the ones still pending, as an idle moment would. */
function idleCallbacks() {
  const pending = new Map<number, () => void>()
  let next = 0
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => (pending.set(++next, callback), next))
  vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id))
  return {
    run: () => {
      for (const [id, callback] of [...pending]) {
        pending.delete(id)
        callback()
      }
    },
  }
}

describe('first screen shown', () => {
  beforeEach(() => {
    performance.clearMarks()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('waits while the map has not painted and nothing else happened', async () => {
    const app = await started()
    expect(await app.isShown()).toBe(false)
    expect(shownMarks()).toBe(0)
  })

  it('follows the map painting its first markers, and marks it once', async () => {
    const app = await started()
    performance.mark('first-marker-painted')
    await app.whenFirstScreenShown()
    app.otherScreen.value = true
    await app.isShown()
    expect(shownMarks()).toBe(1)
  })

  it('counts a map painted before the shell started watching', async () => {
    performance.mark('first-marker-painted')
    const app = await started()
    expect(await app.isShown()).toBe(true)
  })

  it('counts another screen (the first-run safety notice) as the first screen once the browser is idle after it', async () => {
    const idle = idleCallbacks()
    const app = await started()
    app.otherScreen.value = true
    expect(await app.isShown()).toBe(false)
    idle.run()
    expect(await app.isShown()).toBe(true)
    expect(shownMarks()).toBe(1)
  })

  it('waits for the map again when the person leaves the other screen before the browser was idle', async () => {
    const idle = idleCallbacks()
    const app = await started()
    app.otherScreen.value = true
    await app.isShown()
    app.otherScreen.value = false
    await app.isShown()
    idle.run()
    expect(await app.isShown()).toBe(false)
  })

  it('does not wait for idle time forever: after a few seconds on the other screen it counts as shown', async () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const app = await started()
    app.otherScreen.value = true
    await app.isShown()
    vi.advanceTimersByTime(app.OTHER_SCREEN_IDLE_TIMEOUT_MS - 1)
    expect(await app.isShown()).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await app.isShown()).toBe(true)
  })

  it('follows a map with nothing to paint', async () => {
    const app = await started()
    app.nothingToPaint.value = true
    expect(await app.isShown()).toBe(true)
  })

  it('follows the app going to the background first', async () => {
    const app = await started()
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    visibility.mockRestore()
    expect(await app.isShown()).toBe(true)
  })
})

describe('code fetched after the map is painted', () => {
  beforeEach(() => performance.clearMarks())
  afterEach(() => vi.unstubAllGlobals())

  it('waits for the map’s first markers (not the safety notice), then for an idle moment, and fetches once', async () => {
    const idle = idleCallbacks()
    const { whenIdleAfterMapPainted } = await freshModule()
    const fetchCode = vi.fn()
    whenIdleAfterMapPainted(fetchCode)
    performance.mark('first-screen-shown')
    idle.run()
    expect(fetchCode).not.toHaveBeenCalled()

    performance.mark('first-marker-painted')
    await flushPromises()
    expect(fetchCode).not.toHaveBeenCalled()
    idle.run()
    performance.mark('first-marker-painted')
    await flushPromises()
    idle.run()
    expect(fetchCode).toHaveBeenCalledTimes(1)
  })

  it('counts a map painted before it was asked', async () => {
    const idle = idleCallbacks()
    performance.mark('first-marker-painted')
    const { whenIdleAfterMapPainted } = await freshModule()
    const fetchCode = vi.fn()
    whenIdleAfterMapPainted(fetchCode)
    idle.run()
    expect(fetchCode).toHaveBeenCalledTimes(1)
  })
})
