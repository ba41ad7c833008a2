import { describe, expect, it } from 'vitest'
import type { Place } from '@common/place'
import type { RankedPlace } from './ranking'
import { TOP_RESULTS_IN_VIEW, topResultsBounds } from './mapView'

function ranked(id: string, distanceKm: number | null, location: Place['location']): RankedPlace {
  const place = { id, kind: 'police_station', location, visibility: location ? 'exact' : 'hidden' } as Place
  return { place, distanceKm }
}

const person = { lat: 13.78, lng: 100.51 }

describe('topResultsBounds: what the map shows around the person', () => {
  it('shows the first three places of the list', () => {
    expect(TOP_RESULTS_IN_VIEW).toBe(3)
  })

  it('holds the person and the places the list ranks first, in list order, even when nearer ones are ranked lower', () => {
    // "I was hurt": OSCC hospitals rank first although a police station is closer.
    const list = [
      ranked('oscc-far', 9, { lat: 13.7, lng: 100.6 }),
      ranked('oscc-farther', 12, { lat: 13.9, lng: 100.45 }),
      ranked('hospital', 3, { lat: 13.76, lng: 100.53 }),
      ranked('police-near', 0.3, { lat: 13.781, lng: 100.511 }),
    ]
    expect(topResultsBounds(person, list)).toEqual({ south: 13.7, west: 100.45, north: 13.9, east: 100.6 })
  })

  it('skips contact cards without a location, and ignores a pin’s uncertainty radius', () => {
    const list = [ranked('shelter', null, null), ranked('area', 1, { lat: 13.76, lng: 100.52, uncertaintyM: 1500 })]
    expect(topResultsBounds(person, list, 2)).toEqual({ south: 13.76, west: 100.51, north: 13.78, east: 100.52 })
  })

  it('is just the person when the list is empty', () => {
    expect(topResultsBounds(person, [])).toEqual({ south: 13.78, west: 100.51, north: 13.78, east: 100.51 })
  })
})
