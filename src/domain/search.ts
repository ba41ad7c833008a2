/*
 * Thai-aware search. What is ignored, and why:
 * - Tone marks and other signs written above the letters (U+0E47 maitaikhu, U+0E48–U+0E4B tone
 *   marks, U+0E4C thanthakhat, U+0E4D nikhahit, U+0E4E yamakkan) and the phinthu below (U+0E3A):
 *   people misplace or skip them when typing on a phone, and they rarely tell two place names apart.
 * - Vowels above and below the letters (U+0E31, U+0E34–U+0E39) are KEPT: they are part of the
 *   spelling, and dropping them would make "ศิริ" match "ศร" and flood the list.
 * - Spaces, zero-width characters and punctuation: Thai is written without spaces between words and
 *   names are split differently in different sources ("โรงพยาบาล ตำรวจ", "รพ.ตำรวจ").
 * - Letter case (Latin). Text is compared in Unicode NFC.
 */
const IGNORED_SIGNS = /[\u0E3A\u0E47-\u0E4E]/g
const TONE_MARKS = /[\u0E48-\u0E4B]/g
const NIKHAHIT_PLUS_SARA_AA = /\u0E4D\u0E32/g
const DOUBLE_SARA_E = /\u0E40\u0E40/g
const SPACING_AND_PUNCTUATION = /[\s\p{P}\p{S}\u00AD\u200B-\u200D\u2060\uFEFF]/gu
// The Unicode-property pattern is slow; most names are Thai and Latin with spaces and ASCII
// punctuation only, and need nothing more than this once those are gone.
const ASCII_SPACING_AND_PUNCTUATION = /[\s!-/:-@[-`{-~]/g
const ONLY_THAI_LETTERS_AND_LATIN = /^[\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59a-z0-9]*$/

/**
 * Thai abbreviations that place names use interchangeably with the full words.
 * Longer abbreviations first, so "สภ." is not read as something shorter.
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [abbreviation: string, full: string]> = [
  ['กทม', 'กรุงเทพมหานคร'],
  ['สน', 'สถานีตำรวจนครบาล'],
  ['สภ', 'สถานีตำรวจภูธร'],
  ['รพ', 'โรงพยาบาล'],
  ['ตร', 'ตำรวจ'],
]

// "รพ." and "ร.พ." both mean โรงพยาบาล; a dot marks the abbreviation, so only dotted forms expand in names.
const DOTTED_ABBREVIATIONS = ABBREVIATIONS.map(
  ([abbreviation, full]) => [new RegExp(`${[...abbreviation].join('\\.?')}\\.`, 'g'), full] as const,
)

/** Normalises text for comparison: NFC, lower case, no tone marks, no spaces, zero-width characters or punctuation. */
export function normalizeForSearch(text: string): string {
  const plain = text
    .normalize('NFC')
    .toLowerCase()
    .replace(TONE_MARKS, '')
    .replace(NIKHAHIT_PLUS_SARA_AA, '\u0E33')
    .replace(DOUBLE_SARA_E, '\u0E41')
    .replace(IGNORED_SIGNS, '')
    .replace(ASCII_SPACING_AND_PUNCTUATION, '')
  return ONLY_THAI_LETTERS_AND_LATIN.test(plain) ? plain : plain.replace(SPACING_AND_PUNCTUATION, '')
}

/** Replaces dotted abbreviations ("รพ.", "ร.พ.", "สน.") with their full words. */
export function expandDottedAbbreviations(text: string): string {
  if (!text.includes('.')) return text.normalize('NFC')
  return DOTTED_ABBREVIATIONS.reduce((result, [pattern, full]) => result.replace(pattern, full), text.normalize('NFC'))
}

/** The form a name is compared in: abbreviations written out, then normalised. */
export function searchKey(text: string): string {
  return normalizeForSearch(expandDottedAbbreviations(text))
}

// An undotted abbreviation at the start of what was typed ("รพตำรวจ") may or may not be one
// ("สนาม" is a word), so both readings are tried.
const NORMALIZED_ABBREVIATIONS = ABBREVIATIONS.map(([abbreviation, full]) => [abbreviation, normalizeForSearch(full)] as const)

function readings(normalized: string): string[] {
  const expanded = NORMALIZED_ABBREVIATIONS.flatMap(([abbreviation, full]) =>
    normalized.startsWith(abbreviation) ? readings(normalized.slice(abbreviation.length)).map((rest) => full + rest) : [],
  )
  return [normalized, ...expanded]
}

/** One word of a query, with every way it may be read; it matches when any reading does. */
export type QueryTerm = readonly string[]

/** Splits a query into terms (at spaces) in their comparable form; empty when nothing searchable was typed. */
export function parseQuery(query: string): QueryTerm[] {
  return query
    .split(/\s+/)
    .map(searchKey)
    .filter((key) => key.length > 0)
    .map(readings)
}

/** Whether nothing searchable was typed (only spaces, punctuation or signs). */
export function isBlankQuery(query: string): boolean {
  return parseQuery(query).length === 0
}
