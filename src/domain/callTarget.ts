import type { Place, PlaceKind } from './place'

/** Who answers when a place has no number of its own: police emergency, ambulance, or the 1300 social help line. */
export type FallbackLine = 'police' | 'ambulance' | 'social'

/** What a call button dials: the place's first number, or the hotline that can help instead. */
export interface CallTarget {
  href: string
  display: string
  /** Set when the place has no number and a hotline is dialled instead; the button must say so. */
  fallback: FallbackLine | null
}

// Confirmed hotlines (shared/docs/data-truth.md): 191 police, 1669 ambulance, 1300 social assistance, all 24 h.
const FALLBACK_NUMBERS: Record<FallbackLine, string> = { police: '191', ambulance: '1669', social: '1300' }

function fallbackLineFor(kind: PlaceKind): FallbackLine {
  if (kind === 'police_station') return 'police'
  if (kind === 'hospital' || kind === 'oscc_hospital') return 'ambulance'
  return 'social'
}

/** The number a one-tap call button for this place dials, as a `tel:` link. */
export function callTargetFor(place: Place): CallTarget {
  const phone = place.phones[0]
  if (phone) return { href: `tel:${phone.e164}`, display: phone.display, fallback: null }
  const line = fallbackLineFor(place.kind)
  const number = FALLBACK_NUMBERS[line]
  return { href: `tel:${number}`, display: number, fallback: line }
}
