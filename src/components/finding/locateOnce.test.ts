import { describe, expect, it } from 'vitest'
import { locateOnce } from './locateOnce'

function fakeGeolocation(answer: (success: PositionCallback, failure: PositionErrorCallback) => void) {
  const calls: (PositionOptions | undefined)[] = []
  const geolocation = {
    getCurrentPosition: (success: PositionCallback, failure?: PositionErrorCallback | null, options?: PositionOptions) => {
      calls.push(options)
      answer(success, failure ?? (() => {}))
    },
  } as unknown as Geolocation
  return { geolocation, calls }
}

describe('locateOnce', () => {
  it('asks once, without high accuracy and with a timeout, and returns the position', async () => {
    const { geolocation, calls } = fakeGeolocation((success) =>
      success({ coords: { latitude: 13.777, longitude: 100.513 } } as GeolocationPosition),
    )
    expect(await locateOnce(geolocation)).toEqual({ ok: true, position: { lat: 13.777, lng: 100.513 } })
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({ enableHighAccuracy: false })
    expect(calls[0]?.timeout).toBeGreaterThan(0)
  })

  it.each([
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ] as const)('reports error code %i as %s', async (code, reason) => {
    const { geolocation } = fakeGeolocation((_, failure) => failure({ code } as GeolocationPositionError))
    expect(await locateOnce(geolocation)).toEqual({ ok: false, reason })
  })

  it('reports a browser without geolocation', async () => {
    expect(await locateOnce(undefined)).toEqual({ ok: false, reason: 'unsupported' })
  })
})
