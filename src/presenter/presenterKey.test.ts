import { describe, expect, it, vi } from 'vitest'
import { forgetKeyInAddress, parsePresenterKey } from './presenterKey'

describe('parsePresenterKey', () => {
  it('reads the key the CLI prints after #key=', () => {
    expect(parsePresenterKey('#key=Ab3_-xYz0123456789')).toBe('Ab3_-xYz0123456789')
  })

  it.each([['', 'no fragment'], ['#key=', 'an empty key'], ['#key=short', 'a key too short to be one'], ['#setup=Ab3_-xYz0123456789', 'another link'], ['#key=Ab3 xYz0123456789', 'a space']])(
    'refuses %j (%s)',
    (hash) => {
      expect(parsePresenterKey(hash)).toBeNull()
    },
  )
})

describe('forgetKeyInAddress', () => {
  it('replaces the address with the page’s path and query, adding no history entry', () => {
    const history = { replaceState: vi.fn() }
    forgetKeyInAddress({ pathname: '/workshop', search: '?a=1' }, history)
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/workshop?a=1')
  })
})
