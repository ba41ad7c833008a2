import { PLACE_KINDS, SERVICES, type PlaceKind, type Service } from '@common/place'
import type { SearchVocabulary } from '@/domain/searchIndex'
import { createAppI18n, hasFirstScreenEnglish, LOCALES } from '.'

let vocabulary: { withEnglish: boolean; words: SearchVocabulary } | undefined

/**
 * The words the app itself shows for each place kind and service (the place sheet's and the
 * filter chips' words, in Thai and English), so a search finds what the screen calls a thing. The
 * English ones once the first screen's English words are loaded (loadFirstScreenEnglish).
 */
export function searchVocabulary(): SearchVocabulary {
  const withEnglish = hasFirstScreenEnglish()
  if (vocabulary?.withEnglish === withEnglish) return vocabulary.words
  const { t } = createAppI18n().global
  const inEveryLocale = (keys: readonly string[]) => keys.flatMap((key) => LOCALES.map((locale) => t(key, {}, { locale })))
  const words: SearchVocabulary = {
    kinds: Object.fromEntries(PLACE_KINDS.map((kind) => [kind, inEveryLocale([`places.kind.${kind}`, `finding.kindShort.${kind}`])])) as Record<PlaceKind, string[]>,
    services: Object.fromEntries(SERVICES.map((service) => [service, inEveryLocale([`places.service.${service}`])])) as Record<Service, string[]>,
  }
  vocabulary = { withEnglish, words }
  return words
}
