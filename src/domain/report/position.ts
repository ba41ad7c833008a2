import type { LatLng } from '@common/place'

/** Decimal places kept: 0.01° is about 1.1 km north–south and 1.08 km east–west in Bangkok. */
export const REPORT_POSITION_DECIMALS = 2

function round(value: number): number {
  const factor = 10 ** REPORT_POSITION_DECIMALS
  // `+ 0` turns -0 into 0 so the JSON never shows "-0".
  return Math.round(value * factor) / factor + 0
}

/** Rounds a device position to about 1 km before it is kept in the form or sent. */
export function roundPositionForReport(position: LatLng): LatLng {
  return { lat: round(position.lat), lng: round(position.lng) }
}
