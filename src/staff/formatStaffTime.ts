import type { LocalizedText } from '@common/place'

const THAI = new Intl.DateTimeFormat('th-TH', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' })
const ENGLISH = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' })

/** An ISO time as Bangkok time in Thai (Buddhist era) and English, e.g. "1 ธ.ค. 2569 15:30" / "1 Dec 2026, 15:30". */
export function formatStaffTime(iso: string): LocalizedText {
  const time = new Date(iso)
  return { th: THAI.format(time), en: ENGLISH.format(time) }
}

const THAI_DAY = new Intl.DateTimeFormat('th-TH', { dateStyle: 'long', timeZone: 'UTC' })
const ENGLISH_DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

/** A calendar day written YYYY-MM-DD (a Bangkok day, as the server keeps it), e.g. "1 ธันวาคม 2569" / "1 December 2026". */
export function formatStaffDay(day: string): LocalizedText {
  const noon = new Date(`${day}T12:00:00Z`)
  return { th: THAI_DAY.format(noon), en: ENGLISH_DAY.format(noon) }
}
