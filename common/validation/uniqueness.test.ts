import { describe, expect, it } from 'vitest'
import type { FeatureRecord } from './structure'
import { checkDuplicateIds, checkSameSpot, SAME_SPOT_M } from './uniqueness'

const place = (id: string, file: string, lat: number, lng = 100.5): FeatureRecord => ({ file, index: 0, id, fileKind: 'x', properties: {}, geometry: null, point: { lat, lng } })
const metresNorth = (m: number) => 13.7 + m / 111_195

describe('checkSameSpot', () => {
  it(`names both places when they are under ${SAME_SPOT_M} m apart, and not otherwise`, () => {
    const issues = checkSameSpot([place('b', 'one', 13.7), place('a', 'two', metresNorth(SAME_SPOT_M - 5)), place('c', 'one', metresNorth(SAME_SPOT_M + 40))])
    expect(issues.map((i) => [i.file, i.featureId, i.rule])).toEqual([['two', 'a', 'location.same-spot']])
    expect(issues[0]?.message.en).toContain('"a" and "b" (one)')
  })
})

describe('checkDuplicateIds', () => {
  it('reports the second use of an id across files, pointing at the first', () => {
    const issues = checkDuplicateIds([place('a', 'one', 13.7), place('a', 'two', 14.7), place('b', 'two', 15)])
    expect(issues.map((i) => [i.file, i.featureId])).toEqual([['two', 'a']])
    expect(issues[0]?.message.en).toContain('in one')
  })
})
