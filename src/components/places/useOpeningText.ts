import { useI18n } from 'vue-i18n'
import type { Hours } from '@common/place'
import { openingStatus } from '@/domain/openingStatus'

/** Words for whether a place is open at `now` ("เปิดอยู่ · 24 ชั่วโมง", "ปิดอยู่ · เปิดพรุ่งนี้ 08:30 น."), or null when its hours are not known. */
export function useOpeningText(): (hours: Hours | undefined, now: Date) => string | null {
  const { t } = useI18n()
  return (hours, now) => {
    const status = openingStatus(hours, now)
    switch (status.state) {
      case 'open24h':
        return t('places.opening.open24h')
      case 'open':
        return t('places.opening.openUntil', { time: status.closes })
      case 'closed':
        if (status.on === 'today') return t('places.opening.opensToday', { time: status.opens })
        if (status.on === 'tomorrow') return t('places.opening.opensTomorrow', { time: status.opens })
        return t('places.opening.opensOn', { time: status.opens, day: t(`places.weekday.${status.on}`) })
      case 'unknown':
        return null
    }
  }
}
