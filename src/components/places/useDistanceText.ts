import { useI18n } from 'vue-i18n'
import { DEFAULT_UNCERTAINTY_M } from '@common/publish'
import type { Place } from '@common/place'
import { distanceWording } from '@/domain/distanceWording'

/** Words for how far a place is ("1.2 กม.", "ประมาณ 5 กม.", "ภายในราว 4 กม."), never more precise than its pin. */
export function useDistanceText(): (km: number, place: Place) => string {
  const { t } = useI18n()
  return (km, place) => {
    const uncertaintyM = place.visibility === 'approximate' ? (place.location?.uncertaintyM ?? DEFAULT_UNCERTAINTY_M) : undefined
    const told = distanceWording(km, uncertaintyM)
    const distance = t(`finding.item.${told.unit}`, { value: told.value })
    if (told.claim === 'exact') return distance
    return t(told.claim === 'within' ? 'finding.item.within' : 'finding.item.approximately', { distance })
  }
}
