import { describe, expect, it, vi } from 'vitest'
import { onQuickExit, wipeSensitiveState } from './sensitiveState'

describe('sensitive state wipes', () => {
  it('runs every registered wipe, even after one throws', () => {
    const first = vi.fn(() => {
      throw new Error('broken wipe')
    })
    const second = vi.fn()
    const offFirst = onQuickExit(first)
    const offSecond = onQuickExit(second)
    wipeSensitiveState()
    expect(first).toHaveBeenCalledOnce()
    expect(second).toHaveBeenCalledOnce()
    offFirst()
    offSecond()
  })

  it('stops calling a wipe once it is unregistered', () => {
    const wipe = vi.fn()
    const off = onQuickExit(wipe)
    off()
    wipeSensitiveState()
    expect(wipe).not.toHaveBeenCalled()
  })

  it('keeps each registration separate, even of the same function', () => {
    const wipe = vi.fn()
    const offOne = onQuickExit(wipe)
    const offTwo = onQuickExit(wipe)
    offOne()
    wipeSensitiveState()
    expect(wipe).toHaveBeenCalledOnce()
    offTwo()
  })
})
