import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createQuickExit, HIDE_CLASS } from './quickExit'

function pageShow(persisted: boolean): PageTransitionEvent {
  return Object.assign(new Event('pageshow'), { persisted }) as PageTransitionEvent
}

describe('quick exit', () => {
  const calls: string[] = []
  const leave = vi.fn((url: string) => calls.push(`leave ${url}`))
  const wipe = vi.fn(() => calls.push('wipe'))
  const announce = vi.fn(() => calls.push('announce'))

  beforeEach(() => {
    calls.length = 0
    leave.mockClear()
    wipe.mockClear()
    announce.mockClear()
    document.documentElement.className = ''
    document.title = 'แผนที่พื้นที่ปลอดภัย'
    document.body.innerHTML = '<div id="app"><main>OSCC map</main></div>'
  })

  it('hides the page and shows a neutral alert before wiping and leaving', () => {
    const quickExit = createQuickExit({
      document,
      wipe,
      announce,
      leave: (url) => {
        // At the moment of leaving, the page is already hidden and the state already wiped.
        expect(document.documentElement.classList.contains(HIDE_CLASS)).toBe(true)
        leave(url)
      },
    })
    quickExit.exit('https://www.tmd.go.th/', 'กำลังโหลด…')
    expect(calls).toEqual(['wipe', 'announce', 'leave https://www.tmd.go.th/'])
    const overlay = document.querySelector('[role="alert"]')
    expect(overlay?.textContent).toBe('กำลังโหลด…')
    expect(overlay?.parentElement).toBe(document.body)
    expect(document.title).toBe('กำลังโหลด…')
  })

  it('exitAfter: hides, wipes and tells the other tabs first, leaves only once the work is done, and leaves even if it fails', async () => {
    const quickExit = createQuickExit({ document, wipe, leave, announce })
    let finishWork = (): void => undefined
    const leaving = quickExit.exitAfter('https://www.tmd.go.th/', 'Loading…', () => new Promise<void>((resolve) => (finishWork = () => (calls.push('work done'), resolve()))))
    expect(document.documentElement.classList.contains(HIDE_CLASS)).toBe(true)
    expect(calls).toEqual(['wipe', 'announce'])
    finishWork()
    await leaving
    expect(calls).toEqual(['wipe', 'announce', 'work done', 'leave https://www.tmd.go.th/'])

    calls.length = 0
    await quickExit.exitAfter('https://www.tmd.go.th/', 'Loading…', () => Promise.reject(new Error('blocked')))
    expect(calls.at(-1)).toBe('leave https://www.tmd.go.th/')
  })

  it('shows one overlay however often it is pressed', () => {
    const quickExit = createQuickExit({ document, wipe, leave, announce })
    quickExit.exit('https://www.tmd.go.th/', 'Loading…')
    quickExit.exit('https://www.tmd.go.th/', 'Loading…')
    expect(document.querySelectorAll('[role="alert"]')).toHaveLength(1)
  })

  it('leaves again, still hidden, when the exited page comes back from the back/forward cache', () => {
    const quickExit = createQuickExit({ document, wipe, leave, announce })
    quickExit.exit('https://www.tmd.go.th/', 'Loading…')
    document.documentElement.classList.remove(HIDE_CLASS)
    leave.mockClear()
    quickExit.handlePageShow(pageShow(true))
    expect(document.documentElement.classList.contains(HIDE_CLASS)).toBe(true)
    expect(leave).toHaveBeenCalledWith('https://www.tmd.go.th/')
  })

  it('leaves a normal page show alone: a first load, or a restore when nobody exited', () => {
    const quickExit = createQuickExit({ document, wipe, leave, announce })
    quickExit.handlePageShow(pageShow(true))
    quickExit.exit('https://www.tmd.go.th/', 'Loading…')
    leave.mockClear()
    quickExit.handlePageShow(pageShow(false))
    expect(leave).not.toHaveBeenCalled()
  })

  it('a tab told by another tab to exit leaves the same way, without announcing it again', () => {
    const quickExit = createQuickExit({ document, wipe, leave, announce })
    quickExit.follow('https://www.tmd.go.th/', 'กำลังโหลด…')
    expect(document.documentElement.classList.contains(HIDE_CLASS)).toBe(true)
    expect(calls).toEqual(['wipe', 'leave https://www.tmd.go.th/'])
  })
})
