import type { LatLng, Phone, Place } from '@common/place'

// Builders for the links that leave the app (phone dialler, map app, LINE) and for shared text.
// Each is a plain string so components never assemble URLs themselves.

/** A `tel:` link for an E.164 number ("+6622822323") or a short-code hotline ("1300"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}

// Six decimals is ~10 cm: more digits add nothing but length.
function coordinate(value: number): string {
  return String(Number(value.toFixed(6)))
}

// Parentheses delimit the label in a geo: URI, so a name like "โรงพยาบาล (OSCC)" must not end it early.
function geoLabel(label: string): string {
  return encodeURIComponent(label).replace(/\(/g, '%28').replace(/\)/g, '%29')
}

/** A `geo:` link that opens the phone's map app with a pin labelled with the place's name. */
export function geoHref(position: LatLng, label: string): string {
  const at = `${coordinate(position.lat)},${coordinate(position.lng)}`
  return `geo:${at}?q=${at}(${geoLabel(label)})`
}

/** The same position on openstreetmap.org, for phones and computers without a map app. */
export function webMapHref(position: LatLng): string {
  const lat = coordinate(position.lat)
  const lng = coordinate(position.lng)
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`
}

/** The link that opens a LINE official account ("@esshelpme") in the LINE app. */
export function lineHref(account: string): string {
  return `https://line.me/R/ti/p/@${encodeURIComponent(account.replace(/^@/, ''))}`
}

function phoneLine(phone: Phone): string {
  return phone.label ? `${phone.display} (${phone.label.th})` : phone.display
}

/** What "share" sends: the place's public name and phone numbers only, nothing about the person sharing. */
export function shareText(place: Pick<Place, 'name' | 'phones'>): string {
  const names = place.name.en ? [place.name.th, place.name.en] : [place.name.th]
  return [...names, ...place.phones.map(phoneLine)].join('\n')
}
