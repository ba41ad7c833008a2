import { describe, expect, it } from 'vitest'
import { PLACE_KINDS, SERVICES } from '@common/place'
import { normalizeForSearch, parseQuery } from './search'
import { buildSearchIndex, searchPlaces, type SearchVocabulary } from './searchIndex'
import { makePlace } from '../../tests/unit/fixtures/findingPlaces'

// Names only: no kind or service words, so each case is about how a name is written.
const NO_WORDS = {
  kinds: Object.fromEntries(PLACE_KINDS.map((kind) => [kind, []])),
  services: Object.fromEntries(SERVICES.map((service) => [service, []])),
} as unknown as SearchVocabulary
/** Whether a place with this name is found, spelled as typed (not merely a similar name). */
const finds = (name: string, query: string) =>
  searchPlaces(buildSearchIndex([makePlace({ id: 'p', kind: 'hospital', name: { th: name } })], [], NO_WORDS), query)?.exact.size === 1

describe('normalizeForSearch', () => {
  it('drops tone marks, thanthakhat, maitaikhu and phinthu but keeps vowels', () => {
    expect(normalizeForSearch('หลวงพ่อ')).toBe('หลวงพอ')
    expect(normalizeForSearch('ประชารักษ์')).toBe('ประชารักษ')
    expect(normalizeForSearch('เก็บ')).toBe('เกบ')
    expect(normalizeForSearch('ชุตินฺธโร')).toBe('ชุตินธโร')
    expect(normalizeForSearch('ดุสิต')).toBe('ดุสิต')
  })

  it('treats nikhahit + sara aa as sara am, and two sara e as sara ae', () => {
    expect(normalizeForSearch('ต\u0E4D\u0E32รวจ')).toBe(normalizeForSearch('ตำรวจ'))
    expect(normalizeForSearch('\u0E40\u0E40ขวง')).toBe(normalizeForSearch('แขวง'))
  })

  it('ignores spaces, zero-width characters and punctuation, and Latin case', () => {
    expect(normalizeForSearch('ดุ\u200Bสิต')).toBe('ดุสิต')
    expect(normalizeForSearch(' โรง พยาบาล\u00A0กลาง ')).toBe('โรงพยาบาลกลาง')
    expect(normalizeForSearch('Police  General-Hospital')).toBe('policegeneralhospital')
    expect(normalizeForSearch('ค่าบริการ ฿0 «ฟรี»')).toBe('คาบริการ0ฟรี')
  })

  it('compares in NFC', () => {
    expect(normalizeForSearch('Cafe\u0301')).toBe(normalizeForSearch('Café'))
  })
})

describe('matching names', () => {
  it('finds a name typed with a different or missing tone mark', () => {
    expect(finds('หลวงพ่อทวีศักดิ์ ชุตินฺธโร อุทิศ', 'หลวงพอ ทวีศักดิ')).toBe(true)
    expect(finds('โรงพยาบาลตากสิน', 'ต้ากสิน')).toBe(true)
  })

  it('finds a name typed with other spacing', () => {
    expect(finds('โรงพยาบาลนพรัตนราชธานี', 'นพ รัตน ราช')).toBe(true)
    expect(finds('โรงพยาบาล นพรัตนราชธานี', 'โรงพยาบาลนพรัตน')).toBe(true)
  })

  it('matches partial words, but keeps vowels apart', () => {
    expect(finds('โรงพยาบาลนพรัตนราชธานี', 'ราชธา')).toBe(true)
    expect(finds('โรงพยาบาลเจริญกรุงประชารักษ์', 'ศิริ')).toBe(false)
    expect(finds('โรงพยาบาลศิริราช', 'ศรราช')).toBe(false)
  })

  it('treats รพ./ร.พ. and โรงพยาบาล, สน. and สถานีตำรวจนครบาล, สภ. and สถานีตำรวจภูธร as the same', () => {
    expect(finds('โรงพยาบาลตำรวจ', 'รพ.ตำรวจ')).toBe(true)
    expect(finds('รพ.ตำรวจ', 'โรงพยาบาลตำรวจ')).toBe(true)
    expect(finds('ร.พ.ตำรวจ', 'โรงพยาบาล ตำรวจ')).toBe(true)
    expect(finds('โรงพยาบาลตำรวจ', 'รพตร')).toBe(true)
    expect(finds('สถานีตำรวจนครบาลดุสิต', 'สน.ดุสิต')).toBe(true)
    expect(finds('สน.ดุสิต', 'สถานีตำรวจนครบาลดุสิต')).toBe(true)
    expect(finds('สถานีตำรวจนครบาลดุสิต', 'สนดุสิต')).toBe(true)
    expect(finds('สภ.เมืองสมุทรปราการ', 'สถานีตำรวจภูธรเมือง')).toBe(true)
  })

  it('still reads a word that only looks like an abbreviation as itself', () => {
    expect(finds('สนามกีฬา', 'สนาม')).toBe(true)
    expect(finds('สถานีตำรวจนครบาลดุสิต', 'สนาม')).toBe(false)
  })

  it('matches English case-insensitively and in part', () => {
    expect(finds('Police General Hospital', 'police GEN')).toBe(true)
    expect(finds('Police General Hospital', 'hosp')).toBe(true)
    expect(finds('Police General Hospital', 'clinic')).toBe(false)
  })

  it('needs every word of the query', () => {
    expect(finds('โรงพยาบาลตำรวจ', 'ตำรวจ กลาง')).toBe(false)
  })

  it('treats an empty or blank query as nothing to search for', () => {
    expect(parseQuery(' \u200B . ')).toEqual([])
  })
})
