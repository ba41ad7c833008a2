import { afterEach, describe, expect, it, vi } from 'vitest'
import { createExitSignal, EXIT_SIGNAL_NAME } from './exitSignal'

describe('exit signal between tabs', () => {
  const stops: (() => void)[] = []
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop())
    localStorage.clear()
  })

  it('tells every other tab over a BroadcastChannel', async () => {
    const thisTab = createExitSignal(window)
    const otherTab = createExitSignal(window)
    const heard = vi.fn()
    stops.push(otherTab.onAnnounced(heard))
    thisTab.announce()
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1))
  })

  it('falls back to a storage event where BroadcastChannel is missing, and leaves nothing in storage', () => {
    const withoutChannel = Object.assign(Object.create(window) as typeof window, { BroadcastChannel: undefined })
    const addListener = vi.spyOn(window, 'addEventListener')
    const signal = createExitSignal(withoutChannel)
    const heard = vi.fn()
    stops.push(signal.onAnnounced(heard))
    expect(addListener).toHaveBeenCalledWith('storage', expect.any(Function))

    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    signal.announce()
    expect(setItem).toHaveBeenCalledWith(EXIT_SIGNAL_NAME, expect.any(String))
    expect(localStorage.getItem(EXIT_SIGNAL_NAME)).toBeNull()

    // What another tab's announce looks like here: the browser fires it in every other tab.
    window.dispatchEvent(new StorageEvent('storage', { key: EXIT_SIGNAL_NAME, newValue: '1' }))
    window.dispatchEvent(new StorageEvent('storage', { key: EXIT_SIGNAL_NAME, newValue: null }))
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: '1' }))
    expect(heard).toHaveBeenCalledTimes(1)
    vi.restoreAllMocks()
  })
})
