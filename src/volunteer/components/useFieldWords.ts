import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FieldWords } from '../domain/fieldText'

/** The words fieldText needs, in the current language. */
export function useFieldWords() {
  const { t } = useI18n()
  return computed<FieldWords>(() => ({
    none: t('volunteer.conflict.none'),
    hours24: t('volunteer.hours24'),
    service: (service) => t(`places.service.${service}`),
    kind: (kind) => t(`places.kind.${kind}`),
    visibility: (visibility) => t(`volunteer.visibility.${visibility}`),
  }))
}
