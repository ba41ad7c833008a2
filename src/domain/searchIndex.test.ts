import { describe, expect, it } from 'vitest'
import type { Place } from '@common/place'
import { searchVocabulary } from '../../tests/unit/fixtures/searchWords'
import { buildSearchIndex, searchIndexFor, searchPlaces, typosAllowed } from './searchIndex'
import { DISTRICTS, PLACES, makePlace } from '../../tests/unit/fixtures/findingPlaces'

const SIRIRAJ = makePlace({
  id: 'siriraj',
  kind: 'hospital',
  name: { th: 'โรงพยาบาลศิริราช', en: 'Siriraj Hospital' },
  services: ['emergency_care'],
})
const ALL: Place[] = [...PLACES.map((place) => (place.kind === 'oscc_hospital' ? { ...place, services: ['oscc', 'forensic_exam'] } : place)), SIRIRAJ] as Place[]
const index = buildSearchIndex(ALL, DISTRICTS, searchVocabulary())
const found = (query: string) => {
  const matches = searchPlaces(index, query)
  const ids = (set: ReadonlySet<Place> | undefined) => [...(set ?? [])].map((place) => place.id).sort()
  return { exact: ids(matches?.exact), similar: ids(matches?.similar) }
}

describe('searchPlaces: kind and service words, as the app shows them', () => {
  it.each(['ศูนย์พึ่งได้', 'ศูนย์พึ่งได้ (OSCC)', 'OSCC', 'oscc', 'One Stop Crisis'])('"%s" finds the OSCC hospitals', (query) => {
    expect(found(query).exact).toEqual(['oscc-far', 'oscc-near'])
  })

  it('finds places by a service they offer, in Thai and English', () => {
    expect(found('ตรวจร่างกาย').exact).toEqual(['oscc-far', 'oscc-near'])
    expect(found('emergency care').exact).toEqual(['siriraj'])
  })

  it('finds places by kind, in Thai and English, and combines a kind word with a district', () => {
    expect(found('สถานีตำรวจ').exact).toEqual(['police-dusit', 'police-samut-prakan'])
    expect(found('police station').exact).toEqual(['police-dusit', 'police-samut-prakan'])
    expect(found('ตำรวจ ดุสิต').exact).toEqual(['police-dusit'])
  })

  it('finds a place by its phone number, however it is spaced', () => {
    expect(found('2076000').exact).toEqual(['oscc-far'])
    expect(found('02-207-6000').exact).toEqual(['oscc-far'])
  })
})

describe('searchPlaces: names and districts', () => {
  it('matches Thai and English names and district names', () => {
    expect(found('วชิร').exact).toEqual(['oscc-near'])
    expect(found('vajira').exact).toEqual(['oscc-near'])
    expect(found('Pathum Wan').exact).toEqual(['oscc-far'])
    expect(found('สมุทรปราการ').exact).toEqual(['police-samut-prakan'])
  })

  it('does not match a word split across the name and the district', () => {
    // "Police General Hospital" + district "Pathum Wan": "hospitalpathum" spans both.
    expect(found('hospitalpathum').exact).toEqual([])
  })
})

describe('searchPlaces: names with typos', () => {
  it('finds the exact spelling as exact', () => {
    expect(found('ศิริราช')).toEqual({ exact: ['siriraj'], similar: [] })
  })

  it.each([
    ['ศิริราด', 'a wrong final letter'],
    ['ศิรราช', 'a missing vowel'],
    ['โรงพยาบาลศีริราด', 'two letters wrong in a long name'],
    ['sirirat', 'English, a wrong letter'],
    ['siriaj', 'English, a missing letter'],
    ['Siriraj hsopital', 'English, two letters swapped'],
  ])('finds "%s" (%s) as a similar name', (query) => {
    expect(found(query)).toEqual({ exact: [], similar: ['siriraj'] })
  })

  it('lists a place as exact when every word is spelled as typed, and as similar when one word has a typo', () => {
    expect(found('ศิริราด โรงพยาบาล')).toEqual({ exact: [], similar: ['siriraj'] })
  })

  it('forgives one typo in a word of 5 to 7 letters and two from 8, none in shorter words or numbers', () => {
    expect(['ศิริ', 'ศิริราด', 'โรงพยาบาล', '2076001'].map(typosAllowed)).toEqual([0, 1, 2, 0])
    expect(found('ศีริราด')).toEqual({ exact: [], similar: [] })
    expect(found('2076001')).toEqual({ exact: [], similar: [] })
  })

  it('does not read a near miss of a service word as a match ("ตำรวจ" is not "ตรวจร่างกาย")', () => {
    expect(found('ตำรวจ').exact).toEqual(['oscc-far', 'police-dusit', 'police-samut-prakan'])
    expect(found('ตำรวจ').similar).toEqual([])
  })

  it('finds nothing for a word no name is near', () => {
    expect(found('รามาธิบดี')).toEqual({ exact: [], similar: [] })
  })

  it('finds the same whichever order the words are typed in (the rarest is looked for first)', () => {
    for (const words of [['ตำรวจ', 'ดุสิต'], ['ศิริราด', 'โรงพยาบาล'], ['police', '2076000'], ['ตรวจร่างกาย', 'oscc', 'ศูนย์']]) {
      const forwards = found(words.join(' '))
      expect(found([...words].reverse().join(' ')), words.join(' ')).toEqual(forwards)
      expect(forwards.exact.length + forwards.similar.length, words.join(' ')).toBeGreaterThan(0)
    }
  })

  it('returns null when nothing searchable was typed', () => {
    expect(searchPlaces(index, ' . ')).toBeNull()
  })
})

describe('searchIndexFor', () => {
  it('builds once per places array, and again when the districts change', () => {
    const vocabulary = searchVocabulary()
    const first = searchIndexFor(ALL, DISTRICTS, vocabulary)
    expect(searchIndexFor(ALL, DISTRICTS, vocabulary)).toBe(first)
    expect(searchIndexFor(ALL, [...DISTRICTS], vocabulary)).not.toBe(first)
  })
})
