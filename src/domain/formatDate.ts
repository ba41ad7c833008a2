/** The languages dates are shown in. */
export type DateLocale = 'th' | 'en'

// Thai readers expect the Buddhist era (2569 for 2026); the app's places are all in Bangkok time.
const FORMATS: Record<DateLocale, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Bangkok' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Bangkok' }),
}

/**
 * Formats an ISO date ("2026-11-24") or timestamp as a short date: "24 พ.ย. 2569" in Thai,
 * "24 Nov 2026" in English. Text that is not a date is returned unchanged rather than "Invalid Date".
 */
export function formatDate(isoDate: string, locale: DateLocale): string {
  const date = new Date(isoDate)
  return Number.isNaN(date.getTime()) ? isoDate : FORMATS[locale].format(date)
}
