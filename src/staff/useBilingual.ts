import { useI18n } from 'vue-i18n'
import type { LocalizedText } from '@common/place'

/** Values for a message's placeholders; a LocalizedText value is put in each language as that language's words. */
export type BilingualValues = Record<string, string | number | LocalizedText>

/** `tt(key)`: a staff message in Thai and English together (the staff page shows both, Thai first). */
export function useBilingual(): (key: string, values?: BilingualValues) => LocalizedText {
  const { t } = useI18n({ useScope: 'global' })
  const inLocale = (values: BilingualValues, locale: keyof LocalizedText) =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value[locale] : value]))
  return (key, values = {}) => ({
    th: t(key, inLocale(values, 'th'), { locale: 'th' }),
    en: t(key, inLocale(values, 'en'), { locale: 'en' }),
  })
}
