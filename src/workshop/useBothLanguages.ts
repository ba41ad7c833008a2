import { useI18n } from 'vue-i18n'
import { useFeatureMessages } from '@/locales'
import workshopMessages from '@/locales/messages/workshop'

/** Practice-mode words show in Thai and English at once, whatever the chosen language (like the quick-exit button). */
export function useBothLanguages(): (key: string, params?: Record<string, string>) => { th: string; en: string } {
  useFeatureMessages(workshopMessages)
  const { t } = useI18n()
  return (key, params = {}) => ({ th: t(key, params, { locale: 'th' }), en: t(key, params, { locale: 'en' }) })
}
