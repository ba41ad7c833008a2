import { daysBetween } from '@common/day'
import type { Verification } from '@common/place'
import { CHECKED_FACTS, type CheckedFact, type FactChecks } from '@common/volunteer/api'
import { VOLUNTEER_CHECK_SOURCE } from '@common/volunteer/review'

/** A fact last checked longer ago than this is labelled: it may have changed since. */
export const STALE_AFTER_DAYS = 90

/** How one checked fact is worded to residents: its message key, with the fact and the days. */
export interface FreshnessLine {
  fact: CheckedFact
  key: 'freshness.today' | 'freshness.yesterday' | 'freshness.daysAgo'
  days: number
  stale: boolean
}

/**
 * Each fact a volunteer's check confirmed, in the order facts are checked, with how long ago in
 * Bangkok days ("phone checked 12 days ago"); stale after STALE_AFTER_DAYS. Facts never checked are
 * left out (the place's own verification line speaks for them). A day after `today` (a phone clock
 * set back) counts as today.
 */
export function freshnessLines(checks: FactChecks | undefined, today: string): FreshnessLine[] {
  if (!checks) return []
  return CHECKED_FACTS.flatMap((fact) => {
    const day = checks[fact]
    if (day === undefined) return []
    const days = Math.max(0, daysBetween(day, today))
    const key = days === 0 ? 'freshness.today' : days === 1 ? 'freshness.yesterday' : 'freshness.daysAgo'
    return [{ fact, key, days, stale: days > STALE_AFTER_DAYS }]
  })
}

/** Whether a community volunteer's approved check is what verified the place (worded without a name). */
export function checkedByVolunteer(verification: Verification): boolean {
  return verification.status === 'verified' && verification.source === VOLUNTEER_CHECK_SOURCE
}
