import { describe, expect, it } from 'vitest'
import { PLACE_KINDS } from '@common/place'
import { makePlace } from '../../tests/unit/fixtures/findingPlaces'
import { boxAround, drawnPlaces, placesInBox } from './drawnPlaces'

const places = [
  makePlace({ id: 'police', kind: 'police_station', location: { lat: 13.7, lng: 100.5 } }),
  makePlace({ id: 'oscc', kind: 'oscc_hospital', location: { lat: 13.7, lng: 100.5 } }),
  makePlace({ id: 'shelter', kind: 'shelter', visibility: 'hidden', location: null }),
  makePlace({ id: 'community', kind: 'community', visibility: 'approximate', location: { lat: 13.9, lng: 100.9, uncertaintyM: 1500 } }),
  makePlace({ id: 'hospital', kind: 'hospital', location: { lat: 13.71, lng: 100.51 } }),
]

describe('drawnPlaces', () => {
  it('draws the places with a location, the most needed kinds last (on top), and says which kinds are drawn', () => {
    const drawn = drawnPlaces(places, PLACE_KINDS, 500)
    expect(drawn.places.map((place) => place.id)).toEqual(['community', 'police', 'hospital', 'oscc'])
    expect(drawn.kinds).toEqual(['oscc_hospital', 'hospital', 'police_station', 'community'])
    expect(drawn.indexOf.get('oscc')).toBe(3)
    expect(drawn.largestUncertaintyM).toBe(1500)
  })

  it('finds the places inside a box, in drawing order', () => {
    const drawn = drawnPlaces(places, PLACE_KINDS, 500)
    const ids = placesInBox(drawn, { south: 13.69, west: 100.49, north: 13.72, east: 100.52 })
    expect([...ids].map((id) => drawn.places[id]!.id)).toEqual(['police', 'hospital', 'oscc'])
    expect(placesInBox(drawn, { south: 10, west: 90, north: 11, east: 91 })).toHaveLength(0)
  })

  it('finds nothing, without failing, when no place has a location', () => {
    const drawn = drawnPlaces([places[2]!], PLACE_KINDS, 500)
    expect(drawn.places).toEqual([])
    expect(placesInBox(drawn, { south: -90, west: -180, north: 90, east: 180 })).toHaveLength(0)
  })

  it('grows a box by a distance on every side', () => {
    const grown = boxAround({ south: 13.7, west: 100.5, north: 13.8, east: 100.6 }, 1113.2)
    expect(grown.north - 13.8).toBeCloseTo(0.01, 4)
    expect(13.7 - grown.south).toBeCloseTo(0.01, 4)
    expect(grown.east - 100.6).toBeGreaterThan(0.01)
  })
})
