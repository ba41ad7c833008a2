import { daysBetween } from '../day'
import { distanceM } from '../geo'
import type { LatLng } from '../place'
import type { SourcePlace } from '../placeSource'
import { CHECKED_FACTS, type CheckedFact, type FactChecks, type WorkingPlaceView } from './api'

/** A fact not confirmed for this many days is due for a check again. */
export const CHECK_MAX_AGE_DAYS = 90

/** The facts a volunteer can check at this place: no location for a hidden one, OSCC only where it is offered. */
export function checkableFacts(place: SourcePlace): CheckedFact[] {
  const { visibility, services, kind } = place.properties
  return CHECKED_FACTS.filter((fact) => {
    if (fact === 'location') return visibility !== 'hidden'
    if (fact === 'oscc') return kind === 'oscc_hospital' || services.includes('oscc')
    return true
  })
}

/** The facts of a place never checked, or last checked more than CHECK_MAX_AGE_DAYS before `today`. */
export function staleFacts(place: SourcePlace, checks: FactChecks, today: string): CheckedFact[] {
  return checkableFacts(place).filter((fact) => {
    const day = checks[fact]
    return day === undefined || daysBetween(day, today) > CHECK_MAX_AGE_DAYS
  })
}

/** How to order the places due for a check: nearest to a position (asked for, never stored), or one district. */
export type CheckListOrder = { by: 'near'; origin: LatLng } | { by: 'district'; districtCode: number }

/** A place due for a check, with what is due and (near me only) how far it is. */
export interface PlaceToCheck {
  view: WorkingPlaceView
  stale: CheckedFact[]
  distanceM: number | null
}

// The oldest check among a place's stale facts; '' (before every day) when one was never checked.
function oldestCheck(item: PlaceToCheck): string {
  return item.stale.reduce((oldest, fact) => {
    const day = item.view.checks[fact] ?? ''
    return day < oldest ? day : oldest
  }, '9999-12-31')
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The places with a fact never checked or not checked in 90 days. Near me: nearest first, places
 * without a position (hidden) last. By district: that district only, the longest unchecked first. Pure.
 */
export function placesToCheck(views: readonly WorkingPlaceView[], today: string, order: CheckListOrder): PlaceToCheck[] {
  const due = views
    .filter((view) => order.by === 'near' || view.place.properties.districtCode === order.districtCode)
    .map((view) => {
      const point = view.place.point
      return { view, stale: staleFacts(view.place, view.checks, today), distanceM: order.by === 'near' && point ? distanceM(order.origin, point) : null }
    })
    .filter((item) => item.stale.length > 0)
  const byName = (a: PlaceToCheck, b: PlaceToCheck) => compareText(a.view.place.properties.name.th, b.view.place.properties.name.th)
  if (order.by === 'near') return due.sort((a, b) => (a.distanceM ?? Infinity) - (b.distanceM ?? Infinity) || byName(a, b))
  return due.sort((a, b) => compareText(oldestCheck(a), oldestCheck(b)) || byName(a, b))
}
