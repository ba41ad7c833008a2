import type { SourcePlace } from '@common/placeSource'
import { fieldValue, type MergeField } from '@common/volunteer/merge'

/** Words for values that are not text, in the reader's language (filled from the volunteer messages). */
export interface FieldWords {
  none: string
  hours24: string
  service: (service: string) => string
  kind: (kind: string) => string
  visibility: (visibility: string) => string
}

function localized(value: unknown): string | null {
  const text = value as { th?: string; en?: string } | undefined
  if (!text?.th) return null
  return text.en ? `${text.th} · ${text.en}` : text.th
}

/** One field of a place as a short line to read side by side with another version. Pure. */
export function fieldText(place: SourcePlace, field: MergeField, words: FieldWords): string {
  const value = fieldValue(place, field)
  if (value === undefined || value === null) return words.none
  switch (field) {
    case 'name':
    case 'address':
    case 'note':
      return localized(value) ?? words.none
    case 'hours':
      return value === '24h' ? words.hours24 : (localized(value) ?? words.none)
    case 'phones': {
      const phones = place.properties.phones
      return phones.length === 0 ? words.none : phones.map((phone) => phone.display).join(', ')
    }
    case 'services':
    case 'servesOnly': {
      const list = value as string[]
      return list.length === 0 ? words.none : list.map(words.service).join(', ')
    }
    case 'kind':
      return words.kind(String(value))
    case 'visibility':
      return words.visibility(String(value))
    case 'point': {
      const point = place.point
      return point ? `${point.lat.toFixed(6)}, ${point.lng.toFixed(6)}` : words.none
    }
    default:
      return String(value)
  }
}
