import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetOnLeave } from './resetOnLeave'
import { onQuickExit } from './sensitiveState'

const pageEvent = (type: 'pagehide' | 'pageshow', persisted: boolean) => Object.assign(new Event(type), { persisted }) as PageTransitionEvent

describe('resetOnLeave', () => {
  const stops: (() => void)[] = []
  afterEach(() => stops.splice(0).forEach((stop) => stop()))

  function watch() {
    const calls: string[] = []
    stops.push(onQuickExit(() => calls.push('wipe draft')))
    stops.push(resetOnLeave(window, () => calls.push('home')))
    return calls
  }

  it('wipes every draft and goes home when the page is hidden for another page (and may enter the back/forward cache)', () => {
    const calls = watch()
    window.dispatchEvent(pageEvent('pagehide', true))
    expect(calls).toEqual(['wipe draft', 'home'])
  })

  it('resets again when the page is shown from the back/forward cache, not on a fresh load', () => {
    const calls = watch()
    window.dispatchEvent(pageEvent('pageshow', false))
    expect(calls).toEqual([])
    window.dispatchEvent(pageEvent('pageshow', true))
    expect(calls).toEqual(['wipe draft', 'home'])
  })

  it('stops listening once stopped', () => {
    const goHome = vi.fn()
    resetOnLeave(window, goHome)()
    window.dispatchEvent(pageEvent('pagehide', false))
    expect(goHome).not.toHaveBeenCalled()
  })
})
