import { readableDistance } from './nearest'

/**
 * How far a place is, said no more precisely than its position is known.
 * exact: a pin, rounded the way people read distances; about: the pin is farther than it may be off;
 * within: the pin may be off by more than its distance, so only an upper bound is true.
 */
export interface DistanceWording {
  claim: 'exact' | 'about' | 'within'
  unit: 'm' | 'km'
  value: number
}

/** The rounding step for a position known to within this many metres: coarser as the position is vaguer. */
export function roundingStepM(uncertaintyM: number): number {
  if (uncertaintyM >= 1000) return 1000
  if (uncertaintyM >= 500) return 500
  return 100
}

/**
 * The distance to a place as people may be told it. Without an uncertainty (an exact pin) it is
 * rounded as usual; with one, to a step no finer than the uncertainty, and when the pin is nearer
 * than its uncertainty, as "within" the farthest the place can be (distance + uncertainty, rounded up).
 */
export function distanceWording(km: number, uncertaintyM?: number): DistanceWording {
  if (uncertaintyM === undefined || uncertaintyM <= 0) return { claim: 'exact', ...readableDistance(km) }
  const metres = km * 1000
  const step = roundingStepM(uncertaintyM)
  const within = metres <= uncertaintyM
  const rounded = within ? Math.ceil((metres + uncertaintyM) / step) * step : Math.max(step, Math.round(metres / step) * step)
  return { claim: within ? 'within' : 'about', ...inUnits(rounded) }
}

function inUnits(metres: number): Pick<DistanceWording, 'unit' | 'value'> {
  return metres < 1000 ? { unit: 'm', value: metres } : { unit: 'km', value: Math.round(metres / 100) / 10 }
}
