import { sql, type RawBuilder } from 'kysely'

// The case desk keeps days, never times: a report's day of arrival, of a status change, of closing.
// Days are Bangkok's (UTC+7 all year, no daylight saving time).

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The Bangkok calendar day (YYYY-MM-DD) a moment falls on. */
export function bangkokDay(moment: Date): string {
  return new Date(moment.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10)
}

/** The day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** A DATE column read as YYYY-MM-DD text (the pg driver would make a local-time Date of it). */
export function dayOf(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`
}
