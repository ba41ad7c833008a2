import { describe, expect, it } from 'vitest'
import { PLACE_KINDS } from '@common/place'
import { makePlace } from '../../tests/unit/fixtures/findingPlaces'
import { drawnPlaces } from './drawnPlaces'
import { zoomPlan, type GroupingRules } from './placeGroups'

const RULES: GroupingRules = { cellPx: 48, minGroupSize: 3, groupAbove: 4, aloneFromZoom: 16 }
const EVERYWHERE = { south: -90, west: -180, north: 90, east: 180 }

// Four places within ~100 m of each other near Dusit, and one 20 km away.
const cluster = [0, 1, 2, 3].map((i) => makePlace({ id: `near-${i}`, kind: 'police_station', location: { lat: 13.78 + i * 0.0002, lng: 100.51 + i * 0.0002 } }))
const far = makePlace({ id: 'far', kind: 'oscc_hospital', location: { lat: 13.6, lng: 100.6 } })
const drawn = drawnPlaces([...cluster, far], PLACE_KINDS, 500)
const idOf = (id: string) => drawn.indexOf.get(id)!

describe('zoomPlan', () => {
  it('zoomed out, draws a dense cell as one group with its count, where its places are, and a lone place alone', () => {
    const plan = zoomPlan(drawn, 10, RULES)
    const groups = plan.groupsInBox(EVERYWHERE)
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ count: 4, lat: expect.closeTo(13.7803, 4), lng: expect.closeTo(100.5103, 4) })
    const { bounds } = groups[0]!
    expect(bounds.south).toBe(13.78)
    expect(bounds.west).toBe(100.51)
    expect(bounds.north).toBeCloseTo(13.7806, 9)
    expect(bounds.east).toBeCloseTo(100.5106, 9)
    expect([...plan.aloneInBox(EVERYWHERE)]).toEqual([idOf('far')])
    expect(plan.alone(idOf('far'))).toBe(true)
    expect(plan.alone(idOf('near-0'))).toBe(false)
  })

  it('finds only the groups and lone places inside a box', () => {
    const plan = zoomPlan(drawn, 10, RULES)
    const aroundFar = { south: 13.59, west: 100.59, north: 13.61, east: 100.61 }
    expect(plan.groupsInBox(aroundFar)).toEqual([])
    expect([...plan.aloneInBox(aroundFar)]).toEqual([idOf('far')])
    expect([...plan.aloneInBox({ south: 13.77, west: 100.5, north: 13.79, east: 100.52 })]).toEqual([])
  })

  it('draws every place alone from the zoom where any place must be tappable, and where cells hold few places', () => {
    for (const zoom of [16, 17]) {
      const plan = zoomPlan(drawn, zoom, RULES)
      expect(plan.groupsInBox(EVERYWHERE), `zoom ${zoom}`).toEqual([])
      expect(plan.aloneInBox(EVERYWHERE)).toHaveLength(5)
    }
    // At zoom 15 a 48 px cell is ~200 m: the four places split across cells of fewer than three, or stay one group.
    const plan = zoomPlan(drawn, 15, RULES)
    const grouped = plan.groupsInBox(EVERYWHERE).reduce((sum, group) => sum + group.count, 0)
    expect(grouped + plan.aloneInBox(EVERYWHERE).length).toBe(5)
  })

  it('never groups a small dataset, at any zoom', () => {
    const small = drawnPlaces(cluster, PLACE_KINDS, 500)
    const plan = zoomPlan(small, 9, RULES)
    expect(plan.groupsInBox(EVERYWHERE)).toEqual([])
    expect(plan.aloneInBox(EVERYWHERE)).toHaveLength(4)
    expect(plan.alone(0)).toBe(true)
  })

  it('keeps every place in exactly one group or alone, in ascending drawing order', () => {
    const many = drawnPlaces(
      Array.from({ length: 400 }, (_, i) => makePlace({ id: `p${i}`, kind: PLACE_KINDS[i % 5]!, location: { lat: 13.6 + (i % 20) * 0.017, lng: 100.4 + Math.floor(i / 20) * 0.023 } })),
      PLACE_KINDS,
      500,
    )
    for (const zoom of [9, 11, 13]) {
      const plan = zoomPlan(many, zoom, { ...RULES, groupAbove: 100 })
      const alone = [...plan.aloneInBox(EVERYWHERE)]
      expect(alone).toEqual([...alone].sort((a, b) => a - b))
      expect(alone.every((id) => plan.alone(id))).toBe(true)
      const grouped = plan.groupsInBox(EVERYWHERE).reduce((sum, group) => sum + group.count, 0)
      expect(grouped + alone.length, `zoom ${zoom}`).toBe(400)
    }
  })
})
