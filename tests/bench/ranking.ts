import { performance } from 'node:perf_hooks'
import { buildNearestIndex } from '../../src/domain/nearest'
import { rankPlaces, type PlaceFilters } from '../../src/domain/ranking'
import { buildSearchIndex, placeFinder, searchPlaces } from '../../src/domain/searchIndex'
import { searchVocabulary } from '../../src/locales/searchWords'
import { PLACE_KINDS, type District, type Place } from '@common/place'
import { seeded } from './seeded'

const PLACE_COUNT = 10_000
const REPEATS = 20

// Syllables of Bangkok place names, Thai and a romanisation side by side, so synthetic names share
// letters the way real ones do ("บาง…", "…ราช…") and a search has to tell them apart.
const SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['บาง', 'bang'], ['ลาด', 'lat'], ['พระ', 'phra'], ['ราช', 'rat'], ['ศรี', 'si'], ['สุข', 'suk'], ['นคร', 'nakhon'],
  ['วัด', 'wat'], ['คลอง', 'khlong'], ['ทอง', 'thong'], ['เจริญ', 'charoen'], ['สาม', 'sam'], ['ประชา', 'pracha'],
  ['นิมิต', 'nimit'], ['อุดม', 'udom'], ['รัตน', 'rattana'], ['ชัย', 'chai'], ['มงคล', 'mongkhon'], ['ธานี', 'thani'],
  ['สวัสดิ์', 'sawat'], ['กรุง', 'krung'], ['เกษม', 'kasem'], ['พัฒนา', 'phatthana'], ['ศิริ', 'siri'], ['ไทย', 'thai'],
]
const PREFIXES: Record<string, readonly [string, string]> = {
  oscc_hospital: ['โรงพยาบาล', 'Hospital'], hospital: ['โรงพยาบาล', 'Hospital'], police_station: ['สถานีตำรวจนครบาล', 'Police Station'],
  safe_house: ['พื้นที่ปลอดภัยชุมชน', 'Community safe space'], community: ['ชุมชน', 'Community'],
}

function syntheticPlaces(count: number): Place[] {
  const random = seeded(42)
  const pick = () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!
  return Array.from({ length: count }, (_, i) => {
    const kind = PLACE_KINDS[i % 5]!
    const parts = [pick(), pick(), pick()]
    const [prefixTh, prefixEn] = PREFIXES[kind]!
    const digits = String(Math.floor(random() * 10_000_000)).padStart(7, '0')
    return {
      id: `bench-${i}`,
      kind,
      name: { th: `${prefixTh}${parts.map(([th]) => th).join('')}`, en: `${parts.map(([, en]) => en).join(' ')} ${prefixEn} ${i}` },
      districtCode: 1001 + (i % 50),
      phones: [{ e164: `+662${digits}`, display: `02 ${digits.slice(0, 3)} ${digits.slice(3)}` }],
      hours: i % 3 === 0 ? { kind: '24h' as const } : undefined,
      services: kind === 'oscc_hospital' ? ['oscc', 'forensic_exam', 'emergency_care'] : kind === 'hospital' ? ['emergency_care'] : [],
      visibility: 'exact' as const,
      location: { lat: 13.6 + random() * 0.35, lng: 100.35 + random() * 0.5 },
      verification: { status: 'unverified' as const },
      origin: 'team_estimate' as const,
      updatedAt: '2026-11-24',
    }
  })
}

interface Timing {
  wallMs: number
  /** CPU time of this process: on a shared, busy machine it says more than the wall clock. */
  cpuMs: number
}

function medianMs(run: () => void): Timing {
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now()
    const startCpu = process.cpuUsage()
    run()
    const usedCpu = process.cpuUsage(startCpu)
    wall.push(performance.now() - start)
    cpu.push((usedCpu.user + usedCpu.system) / 1000)
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  return { wallMs: median(wall), cpuMs: median(cpu) }
}

const line = (label: string, { wallMs, cpuMs }: Timing, note = '') =>
  `${label.padEnd(52)} median ${wallMs.toFixed(2)} ms, CPU ${cpuMs.toFixed(2)} ms (n=${REPEATS})${note}`

/** Median wall-clock and CPU times on 10,000 places: building the indexes, ranking, and searching names (as typed, with typos, by kind word, by number). */
export function benchRanking(): string[] {
  const places = syntheticPlaces(PLACE_COUNT)
  const origin = { lat: 13.78, lng: 100.51 }
  const vocabulary = searchVocabulary()
  // The same array every time, as the places store keeps it: the search index is built once for it.
  const districts: District[] = []
  const filters = (overrides: Partial<PlaceFilters>): PlaceFilters => ({
    kinds: [],
    open24h: false,
    need: 'any',
    query: '',
    districtCode: null,
    ...overrides,
  })
  // As the list asks: its first page (PlaceList.vue shows 15 before "show more").
  const rank = (overrides: Partial<PlaceFilters>) => () => rankPlaces(places, { origin, filters: filters(overrides), findPlaces: placeFinder(districts, vocabulary) }).located(15)
  const sample = places[1234]!
  const thai = sample.name.th.replace('โรงพยาบาล', '').replace('สถานีตำรวจนครบาล', '')
  // One letter replaced near the end; two letters of a longer name replaced.
  const thaiTypo = `${thai.slice(0, -2)}ก${thai.slice(-1)}`
  const longTypo = `${sample.name.th.slice(0, 4)}ก${sample.name.th.slice(5, -2)}ก${sample.name.th.slice(-1)}`
  const english = sample.name.en!.split(' ').slice(0, 3).join(' ')
  const englishTypo = english.replace(/[aeiou](?=[^aeiou]*$)/, 'x')
  const number = sample.phones[0]!.display.slice(3)
  const index = buildSearchIndex(places, districts, vocabulary)
  const queries: Array<[string, string]> = [
    [thai, 'Thai name, as typed'],
    [thaiTypo, 'Thai name, one typo'],
    [longTypo, 'long Thai name, two typos'],
    [english, 'English name, as typed'],
    [englishTypo, 'English name, one typo'],
    ['ศูนย์พึ่งได้', 'kind/service word'],
    [number, 'phone number'],
  ]
  const rows = [
    line(`build kdbush index (${PLACE_COUNT} places)`, medianMs(() => buildNearestIndex(places))),
    line(`build search index (${PLACE_COUNT} names)`, medianMs(() => buildSearchIndex(places, districts, vocabulary))),
    line('rank from a point, need "hurt"', medianMs(rank({ need: 'hurt' }))),
    line('rank with open-24h filter', medianMs(rank({ open24h: true }))),
  ]
  for (const [query, label] of queries) {
    let found = { exact: 0, similar: 0 }
    const searchMs = medianMs(() => {
      const matches = searchPlaces(index, query)
      found = { exact: matches?.exact.size ?? 0, similar: matches?.similar.size ?? 0 }
    })
    rows.push(line(`search "${query}" (${label})`, searchMs, `; found ${found.exact} as typed, ${found.similar} similar`))
    rows.push(line('  …then rank the matches from a point', medianMs(rank({ query }))))
  }
  return rows
}
