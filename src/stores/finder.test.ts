import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { fakeFetch } from '@/data/testFixtures'
import { DISTRICTS, DUSIT_POINT, PLACES, listedInOrder } from '../../tests/unit/fixtures/findingPlaces'
import { useFinderStore } from './finder'
import { usePlacesStore } from './places'

const basemap = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 1002, name_th: 'ดุสิต', name_en: 'Dusit', province: 'bangkok', label: [100.513, 13.777] },
      geometry: { type: 'Polygon', coordinates: [] },
    },
  ],
})
const ids = (finder: ReturnType<typeof useFinderStore>) => listedInOrder(finder.results).map((r) => r.place.id)

beforeEach(() => {
  setActivePinia(createPinia())
  const places = usePlacesStore()
  places.places = PLACES
  places.districts = DISTRICTS
})

describe('finder results', () => {
  it('follow the origin and the places store filters', () => {
    const finder = useFinderStore()
    expect(finder.results.located(1)[0]?.distanceKm).toBeNull()
    finder.setOrigin({ kind: 'position', position: DUSIT_POINT })
    expect(ids(finder)[0]).toBe('hospital-nearest')
    usePlacesStore().filters.need = 'hurt'
    expect(ids(finder)[0]).toBe('oscc-near')
    usePlacesStore().filters.kinds = ['police_station']
    expect(ids(finder)).toEqual(['police-dusit', 'police-samut-prakan'])
  })

  it('measure from a community’s published point', () => {
    const finder = useFinderStore()
    finder.setOrigin({ kind: 'community', placeId: 'community-wat' })
    expect(finder.originLatLng).toEqual({ lat: 13.7825, lng: 100.5075 })
    expect(ids(finder)[0]).toBe('community-wat')
  })
})

describe('what the map shows', () => {
  const onMap = (finder: ReturnType<typeof useFinderStore>) => finder.mapResults.map((place) => place.id)

  it('follows the results, but stays as it was when a search finds nothing', async () => {
    const finder = useFinderStore()
    const filters = usePlacesStore().filters
    filters.query = 'ตำรวจ'
    await nextTick()
    const policeAndHospital = onMap(finder)
    expect(policeAndHospital).toEqual(ids(finder))
    filters.query = 'ตำรวจxyz'
    await nextTick()
    expect(finder.results.count).toBe(0)
    expect(onMap(finder)).toEqual(policeAndHospital)
    filters.query = ''
    await nextTick()
    expect(onMap(finder)).toHaveLength(PLACES.length)
  })

  // A province part, or a new version of the dataset, can arrive while a search finds nothing: the map
  // keeps the last search that did, worked out from the places now known, never places gone from them.
  it('keeps the last matching search over the places that arrive while a search finds nothing', async () => {
    const finder = useFinderStore()
    const places = usePlacesStore()
    places.filters.query = 'ตำรวจ'
    await nextTick()
    const police = onMap(finder)
    expect(police.length).toBeGreaterThan(1)
    places.filters.query = 'ตำรวจxyz'
    await nextTick()
    // Typing on without a match leaves the map as it is, not even redrawn.
    const shownWithoutMatch = finder.mapResults
    places.filters.query = 'ตำรวจxyzz'
    await nextTick()
    expect(finder.mapResults).toBe(shownWithoutMatch)
    const [gone, ...kept] = PLACES.filter((place) => police.includes(place.id))
    const arrived = { ...kept[0]!, id: 'police-arrived' }
    places.places = [...PLACES.filter((place) => place !== gone), arrived]
    await nextTick()
    expect(finder.results.count).toBe(0)
    expect(onMap(finder)).not.toContain(gone!.id)
    expect(onMap(finder)).toContain('police-arrived')
    expect(finder.mapResults.every((place) => places.places.includes(place))).toBe(true)
  })

  it('is not worked out again for a new need or origin, which only reorder the list', async () => {
    const finder = useFinderStore()
    const filters = usePlacesStore().filters
    filters.query = 'ตำรวจ'
    await nextTick()
    const shown = finder.mapResults
    filters.need = 'hurt'
    finder.setOrigin({ kind: 'position', position: DUSIT_POINT })
    await nextTick()
    expect(finder.mapResults).toBe(shown)
  })

  it('empties when filters other than the search leave nothing', async () => {
    const finder = useFinderStore()
    const filters = usePlacesStore().filters
    filters.kinds = ['safe_house']
    await nextTick()
    expect(onMap(finder)).toEqual([])
  })
})

describe('district origin', () => {
  it('has distances once the district centres are loaded from the basemap', async () => {
    const finder = useFinderStore()
    finder.setOrigin({ kind: 'district', code: 1002 })
    expect(finder.originLatLng).toBeNull()
    const network = fakeFetch({ '/data/basemap.json': { status: 200, body: basemap } })
    await finder.loadDistrictCentres(network.fetch)
    await finder.loadDistrictCentres(network.fetch)
    expect(network.requested).toEqual(['/data/basemap.json'])
    expect(finder.originLatLng).toEqual({ lat: 13.777, lng: 100.513 })
    expect(ids(finder)[0]).toBe('hospital-nearest')
    expect(finder.districtCentresFailed).toBe(false)
  })

  it('says when the centres cannot be loaded, and tries again next time', async () => {
    const finder = useFinderStore()
    await finder.loadDistrictCentres(fakeFetch({ '/data/basemap.json': 'offline' }).fetch)
    expect(finder.districtCentresFailed).toBe(true)
    await finder.loadDistrictCentres(fakeFetch({ '/data/basemap.json': { status: 200, body: basemap } }).fetch)
    expect(finder.districtCentresFailed).toBe(false)
    expect(finder.districtCentres[1002]).toBeDefined()
  })
})
