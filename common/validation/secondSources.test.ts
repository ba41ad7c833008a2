import { describe, expect, it } from 'vitest'
import { readWikidataSecondSources } from './secondSources'

const points = { file: 'points.csv', text: 'name_th,name_en,kind,lat,lng\n,Test Hospital,hospital,13.7385,100.534\n' }
const ids = { file: 'ids.csv', text: 'wikidata,name_en\nQ1,Test Hospital\n' }
const matches = (row: string) => ({ file: 'matches.csv', text: `wikidata,name_en,decision,place_id\n${row}\n` })

describe('readWikidataSecondSources', () => {
  it('turns a reviewed "match" row into a second source credited to its Q-id', () => {
    const { points: read, issues } = readWikidataSecondSources({ matches: matches('Q1,Test Hospital,match,hospital-test'), points, ids })
    expect(issues).toEqual([])
    expect(read).toEqual([{ placeId: 'hospital-test', source: 'Wikidata Q1', point: { lat: 13.7385, lng: 100.534 }, ref: { file: 'matches.csv', index: 0, id: 'hospital-test' } }])
  })

  it('ignores a "skip" row', () => {
    expect(readWikidataSecondSources({ matches: matches('Q1,Test Hospital,skip,'), points, ids })).toEqual({ points: [], issues: [] })
  })

  it.each([
    ['a Q-id that names another hospital', 'Q2,Test Hospital,match,hospital-test', 'check the Q-id'],
    ['an unknown decision', 'Q1,Test Hospital,maybe,hospital-test', 'match, add or skip'],
    ['a match without a place', 'Q1,Test Hospital,match,', 'needs a place_id'],
  ])('refuses %s', (_, row, mention) => {
    const { points: read, issues } = readWikidataSecondSources({ matches: matches(row), points, ids })
    expect(read).toEqual([])
    expect(issues.map((issue) => issue.rule)).toEqual(['second-source.invalid'])
    expect(issues[0]?.message.en).toContain(mention)
  })
})
