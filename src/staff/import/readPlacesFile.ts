import Papa from 'papaparse'
import { csvRecords, fileTooLargeProblem, geojsonRecords, MAX_IMPORT_BYTES, unreadableFileProblem, type ImportProblem, type ImportRecord } from '@common/placesImport'
import { decoderLabel, detectTextEncoding, type TextEncodingName } from '@common/textEncoding'

/** A places file read into records, or the reason it could not be. */
export interface ReadPlacesFile {
  encoding: TextEncodingName | null
  records: ImportRecord[]
  fileProblems: ImportProblem[]
}

const isGeojsonName = (name: string) => /\.(geo)?json$/i.test(name)

/**
 * Reads a CSV or GeoJSON file's bytes: refuses more than 5 MB unread, detects the encoding (UTF-8,
 * UTF-8 with BOM, Windows-874), decodes it and parses it with papaparse (CSV) or JSON.parse.
 */
export function readPlacesFile(bytes: Uint8Array, fileName: string, today: string): ReadPlacesFile {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { encoding: null, records: [], fileProblems: [fileTooLargeProblem(bytes.byteLength)] }
  const encoding = detectTextEncoding(bytes)
  const text = new TextDecoder(decoderLabel(encoding)).decode(bytes)
  if (isGeojsonName(fileName)) {
    try {
      return { encoding, ...geojsonRecords(JSON.parse(text)) }
    } catch {
      return { encoding, records: [], fileProblems: [unreadableFileProblem()] }
    }
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
  // A quote left open swallows the rest of the file: the rows after it would be wrong, so none is read.
  if (parsed.errors.some((error) => error.type === 'Quotes')) return { encoding, records: [], fileProblems: [unreadableFileProblem()] }
  return { encoding, ...csvRecords(parsed.data, today) }
}
