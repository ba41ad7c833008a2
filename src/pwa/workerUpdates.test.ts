import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SKIP_WAITING_MESSAGE, takeWaitingVersion, watchRegistration, type WatchedContainer, type WatchedRegistration, type WatchedWorker } from './workerUpdates'

class FakeWorker extends EventTarget implements WatchedWorker {
  readonly messages: unknown[] = []
  constructor(public state: ServiceWorkerState) {
    super()
  }
  postMessage(message: unknown): void {
    this.messages.push(message)
  }
  moveTo(state: ServiceWorkerState): void {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

class FakeRegistration extends EventTarget implements WatchedRegistration {
  installing: FakeWorker | null = null
  waiting: FakeWorker | null = null
  active: FakeWorker | null = null
  /** The browser's update check found a new worker. */
  find(worker: FakeWorker): void {
    this.installing = worker
    this.dispatchEvent(new Event('updatefound'))
  }
}

class FakeContainer extends EventTarget implements WatchedContainer {
  constructor(public controller: unknown) {
    super()
  }
}

function watch(registration: FakeRegistration, container: FakeContainer) {
  const events = { saved: vi.fn(), newVersionWaiting: vi.fn() }
  watchRegistration(registration, container, events)
  return events
}

describe('watchRegistration', () => {
  it('says the app is saved when a worker is already active, and offers nothing', () => {
    const registration = new FakeRegistration()
    registration.active = new FakeWorker('activated')
    const events = watch(registration, new FakeContainer({}))
    expect(events.saved).toHaveBeenCalledOnce()
    expect(events.newVersionWaiting).not.toHaveBeenCalled()
  })

  it('on a first install, says saved only once the worker has installed the whole app', () => {
    const registration = new FakeRegistration()
    const events = watch(registration, new FakeContainer(null))
    const first = new FakeWorker('installing')
    registration.find(first)
    expect(events.saved).not.toHaveBeenCalled()
    first.moveTo('installed')
    expect(events.saved).toHaveBeenCalledOnce()
    expect(events.newVersionWaiting).not.toHaveBeenCalled()
  })

  it('offers a version that was already waiting when the app registered', () => {
    const registration = new FakeRegistration()
    registration.active = new FakeWorker('activated')
    registration.waiting = new FakeWorker('installed')
    expect(watch(registration, new FakeContainer({})).newVersionWaiting).toHaveBeenCalledOnce()
  })

  // The defect CI showed: the browser's own update check on this navigation found the new version
  // before the app registered, so no "updatefound" reaches the app; it must still be offered.
  it('offers a version that was still installing when the app registered', () => {
    const registration = new FakeRegistration()
    registration.active = new FakeWorker('activated')
    const found = new FakeWorker('installing')
    registration.installing = found
    const events = watch(registration, new FakeContainer({}))
    expect(events.newVersionWaiting).not.toHaveBeenCalled()
    found.moveTo('installed')
    expect(events.newVersionWaiting).toHaveBeenCalledOnce()
  })

  it('offers a version found later, once, and never one that failed to install', () => {
    const registration = new FakeRegistration()
    registration.active = new FakeWorker('activated')
    const events = watch(registration, new FakeContainer({}))
    const broken = new FakeWorker('installing')
    registration.find(broken)
    broken.moveTo('redundant')
    expect(events.newVersionWaiting).not.toHaveBeenCalled()

    const next = new FakeWorker('installing')
    registration.find(next)
    next.moveTo('installed')
    next.moveTo('activating')
    expect(events.newVersionWaiting).toHaveBeenCalledOnce()
  })
})

describe('takeWaitingVersion', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  function waitingSetUp() {
    const registration = new FakeRegistration()
    registration.active = new FakeWorker('activated')
    const waiting = new FakeWorker('installed')
    registration.waiting = waiting
    return { registration, waiting, container: new FakeContainer({}), reload: vi.fn() }
  }

  it('asks the waiting version to take over and reloads once it controls the page', () => {
    const { registration, waiting, container, reload } = waitingSetUp()
    takeWaitingVersion(registration, container, reload, 10_000)
    expect(waiting.messages).toEqual([SKIP_WAITING_MESSAGE])
    expect(reload).not.toHaveBeenCalled()
    container.dispatchEvent(new Event('controllerchange'))
    expect(reload).toHaveBeenCalledOnce()
    vi.advanceTimersByTime(10_000)
    expect(reload).toHaveBeenCalledOnce()
  })

  it('reloads anyway when the take-over has not happened in time', () => {
    const { registration, container, reload } = waitingSetUp()
    takeWaitingVersion(registration, container, reload, 10_000)
    vi.advanceTimersByTime(9_999)
    expect(reload).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(reload).toHaveBeenCalledOnce()
  })

  it('reloads at once when another tab already let the new version take over', () => {
    const registration = new FakeRegistration()
    registration.active = new FakeWorker('activated')
    const reload = vi.fn()
    takeWaitingVersion(registration, new FakeContainer({}), reload, 10_000)
    expect(reload).toHaveBeenCalledOnce()
  })
})
