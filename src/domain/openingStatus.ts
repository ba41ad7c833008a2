import { WEEKDAYS, type Hours, type Weekday } from '@common/place'

/** Bangkok keeps UTC+7 all year (no daylight saving). */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * Whether a place is open at a moment, from the hours its record gives — nothing guessed:
 * open24h; open until a time; closed, opening at a time today, tomorrow or on a later weekday;
 * unknown when the record gives no hours, or only words the app cannot reckon with.
 */
export type OpeningStatus =
  | { state: 'open24h' }
  | { state: 'open'; closes: string }
  | { state: 'closed'; opens: string; on: 'today' | 'tomorrow' | Weekday }
  | { state: 'unknown' }

/** The opening status of these hours at `now`, in Bangkok time. */
export function openingStatus(hours: Hours | undefined, now: Date): OpeningStatus {
  if (hours?.kind === '24h') return { state: 'open24h' }
  if (!hours?.weekly || hours.weekly.length === 0) return { state: 'unknown' }
  const bangkok = new Date(now.getTime() + BANGKOK_OFFSET_MS)
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  const today = (bangkok.getUTCDay() + 6) % 7
  const time = `${pad(bangkok.getUTCHours())}:${pad(bangkok.getUTCMinutes())}`
  const periodsOn = (dayIndex: number) =>
    (hours.weekly ?? []).filter((period) => period.days.includes(WEEKDAYS[dayIndex % 7] ?? 'mon')).sort((a, b) => (a.opens < b.opens ? -1 : 1))

  const open = periodsOn(today).find((period) => period.opens <= time && time < period.closes)
  if (open) return { state: 'open', closes: open.closes }
  const laterToday = periodsOn(today).find((period) => time < period.opens)
  if (laterToday) return { state: 'closed', opens: laterToday.opens, on: 'today' }
  for (let ahead = 1; ahead <= 7; ahead++) {
    const [next] = periodsOn(today + ahead)
    if (next) return { state: 'closed', opens: next.opens, on: ahead === 1 ? 'tomorrow' : (WEEKDAYS[(today + ahead) % 7] ?? 'mon') }
  }
  return { state: 'unknown' }
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
