import type { District, Place, PlaceKind, Service } from '@common/place'
import { editsToFindIn } from './fuzzyMatch'
import { parseQuery, searchKey, type QueryTerm } from './search'

/** The app's own words for each kind of place and each service, in every language it speaks. */
export interface SearchVocabulary {
  kinds: Readonly<Record<PlaceKind, readonly string[]>>
  services: Readonly<Record<Service, readonly string[]>>
}

/** Names, district names and phone numbers of every place in search-key form, with a bigram index over them. */
export interface SearchIndex {
  places: readonly Place[]
  /** Per place, in the order of `places`: its names, district names and phone digits, one per line. */
  nameKeys: readonly string[]
  /** Each two-letter run of a name key (as a number, see bigramsOf) → the places (indices, ascending) whose key holds it. */
  bigrams: ReadonlyMap<number, readonly number[]>
  /** Each kind and service word in search-key form → the places (indices) of that kind or with that service. */
  words: ReadonlyArray<{ key: string; places: readonly number[] }>
}

/** The places a query found: spelled as typed, or only with one or two letters different (a typo). */
export interface SearchMatches {
  exact: ReadonlySet<Place>
  similar: ReadonlySet<Place>
}

/**
 * How many one-letter edits a word (in search-key form) may be off by: none in a number (a wrong
 * digit is another number) or under 5 letters (a short word is nearly in too many names: "รามา"
 * would find every "…ราม"), one up to 7 letters, two from 8.
 */
export function typosAllowed(reading: string): number {
  if (/^\d+$/.test(reading) || reading.length < 5) return 0
  return reading.length < 8 ? 1 : 2
}

// A bigram is kept as one number (two UTF-16 code units): several times faster to index than a string.
function bigramsOf(key: string): Set<number> {
  const grams = new Set<number>()
  for (let i = 0; i + 1 < key.length; i++) grams.add(key.charCodeAt(i) * 0x10000 + key.charCodeAt(i + 1))
  return grams
}

const bigramText = (gram: number) => String.fromCharCode(Math.floor(gram / 0x10000), gram % 0x10000)

function nameKeyOf(place: Place, district: District | undefined): string {
  const texts = [place.name.th, place.name.en, district?.name.th, district?.name.en, ...place.phones.map((phone) => phone.display)]
  // A line break never occurs in a key, so a term cannot match across two names.
  return texts.flatMap((text) => (text ? [searchKey(text)] : [])).join('\n')
}

function vocabularyIndex(places: readonly Place[], vocabulary: SearchVocabulary): SearchIndex['words'] {
  const placesWhere = (test: (place: Place) => boolean) => places.flatMap((place, i) => (test(place) ? [i] : []))
  const kindWords = Object.entries(vocabulary.kinds).flatMap(([kind, words]) => {
    const matching = placesWhere((place) => place.kind === kind)
    return words.map((word) => ({ key: searchKey(word), places: matching }))
  })
  const serviceWords = Object.entries(vocabulary.services).flatMap(([service, words]) => {
    const matching = placesWhere((place) => (place.services as string[]).includes(service))
    return words.map((word) => ({ key: searchKey(word), places: matching }))
  })
  return [...kindWords, ...serviceWords]
}

/** Builds the search index: every name normalised once, so a query only normalises itself. */
export function buildSearchIndex(places: readonly Place[], districts: readonly District[], vocabulary: SearchVocabulary): SearchIndex {
  const districtByCode = new Map(districts.map((district) => [district.code, district]))
  const nameKeys = places.map((place) => nameKeyOf(place, districtByCode.get(place.districtCode)))
  const bigrams = new Map<number, number[]>()
  nameKeys.forEach((key, i) => {
    for (const gram of bigramsOf(key)) {
      const postings = bigrams.get(gram)
      if (postings) postings.push(i)
      else bigrams.set(gram, [i])
    }
  })
  return { places, nameKeys, bigrams, words: vocabularyIndex(places, vocabulary) }
}

// Keyed by the places array, which the places store replaces (never mutates) on every dataset change.
const indexes = new WeakMap<readonly Place[], { districts: readonly District[]; vocabulary: SearchVocabulary; index: SearchIndex }>()

/** The index for these places, districts and words, built on first use and reused while they are the same. */
export function searchIndexFor(places: readonly Place[], districts: readonly District[], vocabulary: SearchVocabulary): SearchIndex {
  const cached = indexes.get(places)
  if (cached && cached.districts === districts && cached.vocabulary === vocabulary) return cached.index
  const index = buildSearchIndex(places, districts, vocabulary)
  indexes.set(places, { districts, vocabulary, index })
  return index
}

/** The search over these districts and words for rankPlaces: its index is built at the first search and reused. */
export function placeFinder(districts: readonly District[], vocabulary: SearchVocabulary): (places: readonly Place[], query: string) => SearchMatches | null {
  return (places, query) => searchPlaces(searchIndexFor(places, districts, vocabulary), query)
}

// A search narrowed by earlier words checks what is left directly once it is this small a share of all places.
const FEW = 1 / 8

/** How a place was found: not, only with a typo in a name, or as typed. */
const NOT_FOUND = 0
const SIMILAR = 1
const AS_TYPED = 2

/** The places a term found: a mark per place (by index) and the indices marked, so neither a scan nor a Set is needed. */
interface Found {
  marks: Uint8Array
  list: number[]
}

const isFew = (index: SearchIndex, within: Found | null): within is Found => within !== null && within.list.length < index.nameKeys.length * FEW

/** Places (among `within`, all when null) whose name key holds `reading` as typed: through its rarest bigram, then checked. */
function namesHolding(index: SearchIndex, reading: string, within: Found | null): Iterable<number> {
  let pool: Iterable<number> = index.nameKeys.keys()
  if (reading.length >= 2) {
    const postings = [...bigramsOf(reading)].map((gram) => index.bigrams.get(gram) ?? [])
    pool = postings.reduce((rarest, list) => (list.length < rarest.length ? list : rarest))
  }
  if (isFew(index, within)) pool = within.list
  const found: number[] = []
  for (const i of pool) if ((within === null || within.marks[i] !== NOT_FOUND) && index.nameKeys[i]!.includes(reading)) found.push(i)
  return found
}

function sharesBigrams(key: string, grams: ReadonlySet<number>, needed: number): boolean {
  let shared = 0
  for (const gram of grams) if (key.includes(bigramText(gram)) && ++shared >= needed) return true
  return needed <= 0
}

/**
 * Places (among `within`, all when null; none already found as typed) whose name key holds
 * `reading` with at most `maxEdits` letters different. A run of letters within k edits of the
 * reading shares all but 2k of its distinct bigrams (each edit breaks at most two), so only places
 * sharing that many are checked letter by letter.
 */
function namesNearly(index: SearchIndex, reading: string, maxEdits: number, within: Found | null, asTyped: Uint8Array): number[] {
  const grams = bigramsOf(reading)
  const needed = grams.size - 2 * maxEdits
  let candidates: Iterable<number>
  if (isFew(index, within)) {
    candidates = within.list.filter((i) => sharesBigrams(index.nameKeys[i]!, grams, needed))
  } else if (needed <= 0) {
    candidates = index.nameKeys.keys()
  } else {
    const shared = new Uint16Array(index.nameKeys.length)
    const enough: number[] = []
    for (const gram of grams) {
      for (const i of index.bigrams.get(gram) ?? []) {
        if (++shared[i]! === needed) enough.push(i)
      }
    }
    candidates = enough
  }
  const found: number[] = []
  for (const i of candidates) {
    if ((within === null || within.marks[i] !== NOT_FOUND) && asTyped[i] !== AS_TYPED && editsToFindIn(reading, index.nameKeys[i]!, maxEdits) !== null) found.push(i)
  }
  return found
}

/**
 * The places one term finds, among `within` (every place when null): as typed (name, district,
 * phone, or a kind or service word), and by a name with a typo.
 */
function termMatches(index: SearchIndex, term: QueryTerm, within: Found | null): Found {
  const found: Found = { marks: new Uint8Array(index.nameKeys.length), list: [] }
  const mark = (i: number, how: number) => {
    if (found.marks[i] === NOT_FOUND) found.list.push(i)
    if (how > found.marks[i]!) found.marks[i] = how
  }
  for (const reading of term) {
    for (const i of namesHolding(index, reading, within)) mark(i, AS_TYPED)
    for (const word of index.words) {
      if (word.key.includes(reading)) for (const i of word.places) if (within === null || within.marks[i] !== NOT_FOUND) mark(i, AS_TYPED)
    }
  }
  // Typos are forgiven in names only: kind and service words are few and short, and a near miss
  // there ("ตำรวจ" → "ตรวจร่างกาย") would list places that have nothing to do with the query.
  for (const reading of term) {
    const maxEdits = typosAllowed(reading)
    if (maxEdits === 0) continue
    for (const i of namesNearly(index, reading, maxEdits, within, found.marks)) mark(i, SIMILAR)
  }
  return found
}

/**
 * About how many places a term finds as typed, from the index alone: per reading, the places
 * holding its rarest bigram (every place for a single letter) and those of the kind and service
 * words that hold it. Only the order in which terms are looked for depends on it.
 */
function likelyMatches(index: SearchIndex, term: QueryTerm): number {
  let count = 0
  for (const reading of term) {
    const grams = [...bigramsOf(reading)]
    count += grams.length === 0 ? index.nameKeys.length : Math.min(...grams.map((gram) => index.bigrams.get(gram)?.length ?? 0))
    for (const word of index.words) if (word.key.includes(reading)) count += word.places.length
  }
  return count
}

/**
 * The places a query finds, or null when nothing searchable was typed. Every word of the query must
 * be found; a place is `similar` when at least one word was found only with a typo. The word likely
 * to find the fewest places goes first ("42" before "ตำรวจ"): later words are only looked for among
 * what is left.
 */
export function searchPlaces(index: SearchIndex, query: string): SearchMatches | null {
  const terms = parseQuery(query)
    .map((term) => ({ term, likely: likelyMatches(index, term) }))
    .sort((a, b) => a.likely - b.likely)
    .map(({ term }) => term)
  if (terms.length === 0) return null
  let found: Found | null = null
  for (const term of terms) {
    const matches = termMatches(index, term, found)
    // A place stays "as typed" only while every word so far was.
    if (found) for (const i of matches.list) matches.marks[i] = Math.min(matches.marks[i]!, found.marks[i]!)
    found = matches
  }
  const exact = new Set<Place>()
  const similar = new Set<Place>()
  for (const i of found!.list) (found!.marks[i] === AS_TYPED ? exact : similar).add(index.places[i]!)
  return { exact, similar }
}
