import type { LocalizedText } from '@common/place'

/** A text as shown, with the language it is actually in (for the element's `lang`). */
export interface ShownText {
  text: string
  lang: 'th' | 'en'
}

/** The text in the reader's language; Thai when there is no English version. */
export function textIn(text: LocalizedText, locale: 'th' | 'en'): ShownText {
  return locale === 'en' && text.en ? { text: text.en, lang: 'en' } : { text: text.th, lang: 'th' }
}
