import { telHref } from './contactLinks'
import { fallbackHotlineFor } from './hotlines'
import type { Hotline, Place } from '@common/place'

/** What a one-tap call button dials: the place's first number, or the hotline that can help instead. */
export interface CallTarget {
  href: string
  /** The number as people read it ("02 282 2323", "1669"). */
  display: string
  /** Set when the place has no number of its own and a hotline is dialled instead; the button must say so. */
  fallback: Extract<Hotline, { kind: 'phone' }> | null
}

/** The number a list item's call button dials, as a `tel:` link. */
export function callTargetFor(place: Place, hotlines: readonly Hotline[]): CallTarget {
  const phone = place.phones[0]
  if (phone) return { href: telHref(phone.e164), display: phone.display, fallback: null }
  const hotline = fallbackHotlineFor(place.kind, hotlines)
  return { href: telHref(hotline.number), display: hotline.number, fallback: hotline }
}
