import { describe, expect, it } from 'vitest'
import type { Place } from '@common/place'
import type { RankedPlace } from './ranking'
import { nearestLocations } from './mapView'

function ranked(id: string, distanceKm: number | null, location: Place['location']): RankedPlace {
  const place = { id, kind: 'police_station', location, visibility: location ? 'exact' : 'hidden' } as Place
  return { place, distanceKm }
}

describe('nearest locations', () => {
  it('takes the closest places by distance, whatever order the list ranks them in', () => {
    const list = [
      ranked('far', 5, { lat: 13.9, lng: 100.6 }),
      ranked('near', 0.5, { lat: 13.75, lng: 100.5 }),
      ranked('middle', 2, { lat: 13.8, lng: 100.55 }),
    ]
    expect(nearestLocations(list, 2)).toEqual([
      { lat: 13.75, lng: 100.5 },
      { lat: 13.8, lng: 100.55 },
    ])
  })

  it('skips places without a location or a distance, and drops the uncertainty radius', () => {
    const list = [
      ranked('hidden', null, null),
      ranked('no-origin', null, { lat: 13.7, lng: 100.4 }),
      ranked('area', 1, { lat: 13.76, lng: 100.52, uncertaintyM: 1500 }),
    ]
    expect(nearestLocations(list)).toEqual([{ lat: 13.76, lng: 100.52 }])
  })
})
