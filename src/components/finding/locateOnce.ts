import type { LatLng } from '@common/place'

/** Why no position came back, for a message that offers choosing an area instead. */
export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported'

export type LocateResult = { ok: true; position: LatLng } | { ok: false; reason: LocateFailure }

// A coarse fix is enough to sort places kilometres apart, and comes faster and with less battery.
const OPTIONS: PositionOptions = { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 }

const FAILURE_BY_CODE: Record<number, LocateFailure> = { 1: 'denied', 2: 'unavailable', 3: 'timeout' }

/**
 * Asks the device for its position once. Called only when the person taps "near me"; the result is
 * kept in memory by the caller and never stored or sent.
 */
export function locateOnce(geolocation: Geolocation | undefined): Promise<LocateResult> {
  if (!geolocation) return Promise.resolve({ ok: false, reason: 'unsupported' })
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      ({ coords }) => resolve({ ok: true, position: { lat: coords.latitude, lng: coords.longitude } }),
      (error) => resolve({ ok: false, reason: FAILURE_BY_CODE[error.code] ?? 'unavailable' }),
      OPTIONS,
    )
  })
}
