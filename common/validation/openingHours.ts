import { WEEKDAYS, type OpeningPeriod } from '../place'
import { isOneOf, isRecord } from './guards'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** Whether the value is a list of opening periods: known days, "HH:MM" times, closing after opening. */
export function isWeeklyHours(value: unknown): value is OpeningPeriod[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (period) =>
        isRecord(period) &&
        Array.isArray(period.days) &&
        period.days.length > 0 &&
        period.days.every((day) => isOneOf(WEEKDAYS, day)) &&
        typeof period.opens === 'string' &&
        typeof period.closes === 'string' &&
        TIME.test(period.opens) &&
        TIME.test(period.closes) &&
        period.opens < period.closes,
    )
  )
}
