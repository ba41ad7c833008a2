import { distanceM } from './geo'
import type { LatLng, LocalizedText } from './place'
import type { SourcePlace, SourcePlaceProperties } from './placeSource'
import { columnOfHeader, keepUnwrittenFacts, PLACE_COLUMNS, rowToPlace, samePlaceFacts, PHONE_CELLS, type PlaceColumn, type PlaceRow } from './placesCsv'
import { checkFields } from './validation/fields'
import { isRecord } from './validation/guards'
import type { IssueRule } from './validation/issue'
import { checkLocation, type DistrictArea } from './validation/location'
import { checkPhones } from './validation/phones'
import { checkPrivacy } from './validation/privacy'
import { checkResidentText } from './validation/residentText'
import { inspectPlaceFile, type FeatureRecord } from './validation/structure'
import { checkTexts } from './validation/text'
import { SAME_SPOT_M } from './validation/uniqueness'
import { checkVerification } from './validation/verification'
import type { ProposalInput } from './volunteer/api'

// Checking a file of places before anything is saved: every row through the same rules as the
// dataset build (common/validation), plus what only an import can get wrong (a repeated row, a
// place that is already published under another id, a cell of spaces). Errors block a row;
// warnings are shown and do not. Confirmed rows become proposals, reviewed like any other edit.

/** The largest file the import reads: 5 MB, more than a CSV of every place in Thailand would need. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export type ImportRule =
  | IssueRule
  | 'file.too-large'
  | 'file.empty'
  | 'csv.unreadable'
  | 'csv.column-missing'
  | 'csv.column-unknown'
  | 'cell.only-spaces'
  | 'location.half-missing'
  | 'place.same-name'

export type ImportSeverity = 'error' | 'warning'

/** One problem: where (row as the spreadsheet numbers it, column; null for the whole file or row), why, and how bad. */
export interface ImportProblem {
  row: number | null
  column: PlaceColumn | null
  rule: ImportRule
  severity: ImportSeverity
  message: Required<LocalizedText>
}

/** What confirming a row does: add a place, propose an edit, nothing (no change), or it is blocked by an error. */
export type ImportAction = 'add' | 'edit' | 'unchanged' | 'blocked'

export interface ImportRowResult {
  row: number
  id: string
  action: ImportAction
  problems: ImportProblem[]
  /** The place as the row writes it (add and edit). */
  proposed?: SourcePlace
  /** The published place the row changes (edit). */
  base?: SourcePlace
}

export interface ImportCheck {
  /** Problems with the file as a whole (too large, no id column): when one is an error, no row is read. */
  fileProblems: ImportProblem[]
  rows: ImportRowResult[]
}

/** One place read from a file, before the rules run. */
export interface ImportRecord {
  /** The row number people see: a spreadsheet row (the header is 1) or the feature's number from 1. */
  row: number
  record: FeatureRecord
  /** Problems found while reading the row (cells of spaces, half a position, geometry). */
  readProblems: ImportProblem[]
  /** The CSV's weekly-hours cell, to point an hours problem at it. */
  weeklyWritten: boolean
}

/** What a file is checked against: district outlines, the places already published, and today's date. */
export interface ImportContext {
  districts: readonly DistrictArea[]
  published: readonly SourcePlace[]
  /** YYYY-MM-DD (Bangkok): the `updatedAt` of rows that add or change a place. */
  today: string
}

const problem = (row: number | null, column: PlaceColumn | null, rule: ImportRule, severity: ImportSeverity, th: string, en: string): ImportProblem => ({
  row,
  column,
  rule,
  severity,
  message: { th, en },
})

/** A file too large to read: refused before a byte of it is decoded. */
export function fileTooLargeProblem(bytes: number): ImportProblem {
  const mb = (bytes / 1024 / 1024).toFixed(1)
  return problem(null, null, 'file.too-large', 'error', `ไฟล์ใหญ่ ${mb} MB เกินที่รับได้ 5 MB: แบ่งเป็นหลายไฟล์แล้วนำเข้าทีละไฟล์`, `The file is ${mb} MB, more than the 5 MB allowed: split it and import the parts one by one`)
}

/** A file that is not CSV or GeoJSON as expected. */
export function unreadableFileProblem(): ImportProblem {
  return problem(null, null, 'csv.unreadable', 'error', 'อ่านไฟล์ไม่ได้: ใช้ไฟล์ CSV จากแบบฟอร์ม หรือไฟล์ GeoJSON (FeatureCollection) ที่ส่งออกจากระบบ', 'The file cannot be read: use a CSV made from the template, or a GeoJSON FeatureCollection as the export writes it')
}

/** Reads a parsed CSV table (header row first) into records: cells trimmed, cells of spaces noted. */
export function csvRecords(table: readonly (readonly string[])[], today: string): { records: ImportRecord[]; fileProblems: ImportProblem[] } {
  const [header = [], ...rows] = table
  const columns = header.map(columnOfHeader)
  const fileProblems: ImportProblem[] = header.flatMap((cell, i) =>
    columns[i] === undefined && cell.trim() !== ''
      ? [problem(1, null, 'csv.column-unknown', 'warning', `ไม่รู้จักคอลัมน์ "${cell}": ข้อมูลในคอลัมน์นี้จะไม่ถูกนำเข้า`, `Unknown column "${cell}": what it holds is not imported`)]
      : [],
  )
  const missing = (['id', 'kind', 'name_th'] as const).filter((column) => !columns.includes(column))
  if (missing.length > 0) {
    fileProblems.push(problem(1, null, 'csv.column-missing', 'error', `แถวหัวตารางไม่มีคอลัมน์ ${missing.join(', ')}: ใช้แถวหัวตารางจากแบบฟอร์ม CSV`, `The header row has no ${missing.join(', ')} column: use the header row of the CSV template`))
  }
  if (rows.length === 0) fileProblems.push(problem(null, null, 'file.empty', 'error', 'ไฟล์ไม่มีแถวข้อมูล: ใส่หนึ่งสถานที่ต่อหนึ่งแถวใต้แถวหัวตาราง', 'The file has no rows: put one place per row under the header row'))
  if (fileProblems.some((p) => p.severity === 'error')) return { records: [], fileProblems }
  const records = rows.map((cells, index) => {
    const row = index + 2
    const readProblems: ImportProblem[] = []
    const values = Object.fromEntries(PLACE_COLUMNS.map((column) => [column, ''])) as PlaceRow
    cells.forEach((cell, i) => {
      const column = columns[i]
      if (!column) return
      if (cell !== '' && cell.trim() === '') {
        readProblems.push(problem(row, column, 'cell.only-spaces', 'warning', 'ช่องนี้มีแต่ช่องว่าง: อ่านเป็นช่องว่างเปล่า ถ้าตั้งใจใส่ข้อมูลให้พิมพ์ใหม่', 'This cell holds only spaces: it is read as empty; if something belongs here, type it again'))
      }
      values[column] = cell.trim()
    })
    const { properties, point } = rowToPlace(values, today)
    const geometry = point ? { type: 'Point', coordinates: [point.lng, point.lat] } : null
    const inspected = inspectPlaceFile({ file: 'import', kind: '', content: { type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] } })
    const record = inspected.records[0] as FeatureRecord
    if ((values.lat === '') !== (values.lng === '')) {
      const column = values.lat === '' ? 'lat' : 'lng'
      readProblems.push(problem(row, column, 'location.half-missing', 'error', 'มีละติจูดหรือลองจิจูดเพียงค่าเดียว: ใส่ทั้งสองค่า หรือเว้นว่างทั้งคู่ถ้าเป็นสถานที่ที่ซ่อน', 'Only one of latitude and longitude is written: fill in both, or leave both empty for a hidden place'))
    } else {
      readProblems.push(...inspected.issues.map((issue) => ruleProblem(row, issue.rule, issue.message, record, false)))
    }
    return { row, record: { ...record, index: row }, readProblems, weeklyWritten: values.hours_weekly !== '' }
  })
  return { records, fileProblems }
}

/** Reads a GeoJSON FeatureCollection (as the export writes it, or a geo/places file) into records. */
export function geojsonRecords(content: unknown): { records: ImportRecord[]; fileProblems: ImportProblem[] } {
  const inspected = inspectPlaceFile({ file: 'import', kind: '', content })
  const fileIssues = inspected.issues.filter((issue) => issue.index === undefined)
  if (fileIssues.length > 0) return { records: [], fileProblems: [unreadableFileProblem()] }
  const features = isRecord(content) && Array.isArray(content.features) ? content.features : []
  if (features.length === 0) return { records: [], fileProblems: [problem(null, null, 'file.empty', 'error', 'ไฟล์ไม่มีสถานที่: FeatureCollection ต้องมี features อย่างน้อยหนึ่งรายการ', 'The file holds no places: the FeatureCollection needs at least one feature')] }
  const byIndex = new Map(inspected.records.map((record) => [record.index, record]))
  const records = features.map((_, index): ImportRecord => {
    const row = index + 1
    const record = byIndex.get(index) ?? { file: 'import', index, fileKind: '', properties: {}, geometry: null }
    const readProblems = inspected.issues.filter((issue) => issue.index === index).map((issue) => ruleProblem(row, issue.rule, issue.message, record, false))
    return { row, record: { ...record, index: row }, readProblems, weeklyWritten: false }
  })
  return { records, fileProblems: [] }
}

const RULE_COLUMNS: Partial<Record<IssueRule, PlaceColumn>> = {
  'id.missing': 'id',
  'id.format': 'id',
  'id.duplicate': 'id',
  'name.th-missing': 'name_th',
  'address.invalid': 'address_th',
  'kind.unknown': 'kind',
  'kind.mismatch': 'kind',
  'district.unknown': 'district_code',
  'services.invalid': 'services',
  'service.unknown': 'services',
  'serves-only.invalid': 'serves_only',
  'visibility.unknown': 'visibility',
  'uncertainty.invalid': 'uncertainty_m',
  'source.missing': 'source',
  'origin.unknown': 'origin',
  'note.invalid': 'note_th',
  'note.moved': 'note_th',
  'note.not-thai': 'note_th',
  'note.too-long': 'note_th',
  'verification.invalid': 'verification_status',
  'verification.incomplete': 'verified_at',
  'date.invalid': 'verified_at',
  'privacy.hidden-has-geometry': 'lat',
  'privacy.address-forbidden': 'address_th',
  'privacy.shelter-not-hidden': 'visibility',
  'location.outside-thailand': 'lat',
  'location.swapped': 'lat',
  'location.outside-district': 'lat',
  'location.same-spot': 'lat',
  'geojson.geometry-missing': 'lat',
  'geojson.geometry-not-point': 'lat',
  'geojson.coordinates-arity': 'lat',
  'geojson.coordinates-not-numeric': 'lat',
}

/** The column a shared rule's issue is about (texts name their field first: "name.en is 1,204 characters…"). */
function columnOf(rule: IssueRule, message: LocalizedText, weeklyWritten: boolean): PlaceColumn | null {
  if (rule === 'hours.invalid') return weeklyWritten ? 'hours_weekly' : 'hours_th'
  if (rule === 'text.too-long' || rule === 'text.hidden-character') {
    const field = /^(name|address|hours)\.(th|en)\b/.exec(message.en ?? '')
    return field ? (`${field[1]}_${field[2]}` as PlaceColumn) : null
  }
  return RULE_COLUMNS[rule] ?? null
}

function ruleProblem(row: number, rule: IssueRule, message: Required<LocalizedText>, record: FeatureRecord, weeklyWritten: boolean): ImportProblem {
  const swapped = rule === 'location.swapped' && record.point
  // The build's words speak of GeoJSON's [lng, lat]; a spreadsheet has two columns.
  const words = swapped
    ? {
        th: `ละติจูดกับลองจิจูดน่าจะสลับกัน: ลองใส่ lat = ${record.point?.lng}, lng = ${record.point?.lat}`,
        en: `Latitude and longitude look swapped: try lat = ${record.point?.lng}, lng = ${record.point?.lat}`,
      }
    : message
  return problem(row, columnOf(rule, message, weeklyWritten), rule, 'error', words.th, words.en)
}

function rulesFor(entry: ImportRecord, districts: readonly DistrictArea[]): ImportProblem[] {
  const { record, row, weeklyWritten } = entry
  const knownCodes = new Set(districts.map((d) => d.code))
  const phones = Array.isArray(record.properties.phones) ? (record.properties.phones as unknown[]) : []
  const phoneProblems = phones.flatMap((phone, i) =>
    checkPhones(record, [phone]).map((issue) => ({ ...ruleProblem(row, issue.rule, issue.message, record, false), column: PHONE_CELLS[i]?.[0] ?? null })),
  )
  const issues = [...checkFields(record, knownCodes), ...checkTexts(record), ...checkVerification(record), ...checkResidentText(record), ...checkPrivacy(record), ...checkLocation(record, districts)]
  return [...issues.map((issue) => ruleProblem(row, issue.rule, issue.message, record, weeklyWritten)), ...phoneProblems]
}

const nameKey = (properties: Record<string, unknown>): string =>
  isRecord(properties.name) && typeof properties.name.th === 'string' ? `${properties.districtCode}:${properties.name.th.replace(/\s+/g, '')}` : ''

interface Located {
  id: string
  point: LatLng
  /** The import row, or undefined for a published place. */
  row?: number
}

/** Pairs of distinct places under SAME_SPOT_M apart where at least one is an import row: one problem per row. */
function sameSpotProblems(imported: readonly Located[], published: readonly Located[]): ImportProblem[] {
  const importedIds = new Set(imported.map((entry) => entry.id))
  // A published place the file moves is judged where the file puts it.
  const all = [...published.filter((place) => !importedIds.has(place.id)), ...imported].sort((a, b) => a.point.lat - b.point.lat)
  const maxLatGap = SAME_SPOT_M / 111_195
  const found: ImportProblem[] = []
  all.forEach((a, i) => {
    for (let j = i + 1; j < all.length; j += 1) {
      const b = all[j]
      if (!b || b.point.lat - a.point.lat > maxLatGap) break
      if (a.id === b.id || (a.row === undefined && b.row === undefined)) continue
      const apart = distanceM(a.point, b.point)
      if (apart >= SAME_SPOT_M) continue
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const) {
        if (self.row === undefined) continue
        const where = other.row === undefined ? { th: `"${other.id}" ที่เผยแพร่แล้ว`, en: `the published place "${other.id}"` } : { th: `"${other.id}" ในแถว ${other.row}`, en: `"${other.id}" in row ${other.row}` }
        found.push(
          problem(self.row, 'lat', 'location.same-spot', 'error', `ซ้ำ: อยู่ห่างจาก ${where.th} เพียง ${apart.toFixed(0)} ม. (น้อยกว่า ${SAME_SPOT_M} ม.): ถ้าเป็นที่เดียวกันให้ใช้ id "${other.id}" เพื่อแก้ไข ถ้าไม่ใช่ให้ตรวจพิกัด`, `Duplicate: only ${apart.toFixed(0)} m from ${where.en} (under ${SAME_SPOT_M} m): if it is the same place use the id "${other.id}" to edit it, otherwise check the coordinates`),
        )
      }
    }
  })
  return found
}

/** Checks every record against the rules, the file's other rows and the published places, and decides what each row would do. */
export function checkImport(records: readonly ImportRecord[], context: ImportContext): ImportRowResult[] {
  const publishedById = new Map(context.published.map((place) => [place.properties.id, place]))
  const publishedNames = new Map(context.published.map((place) => [nameKey(place.properties as unknown as Record<string, unknown>), place.properties.id]))
  const firstRowOfId = new Map<string, number>()
  const rowOfName = new Map<string, { id: string; row: number }>()
  const problemsByRow = new Map<number, ImportProblem[]>(records.map((entry) => [entry.row, [...entry.readProblems, ...rulesFor(entry, context.districts)]]))
  const add = (row: number, found: ImportProblem) => problemsByRow.get(row)?.push(found)

  for (const { row, record } of records) {
    const id = typeof record.properties.id === 'string' ? record.properties.id : ''
    const earlier = firstRowOfId.get(id)
    if (id !== '' && earlier !== undefined) {
      add(row, problem(row, 'id', 'id.duplicate', 'error', `ซ้ำ: id "${id}" ใช้แล้วในแถว ${earlier}: หนึ่งสถานที่ใช้หนึ่งแถว`, `Duplicate: the id "${id}" is already used in row ${earlier}: one place, one row`))
    } else if (id !== '') firstRowOfId.set(id, row)
    const name = nameKey(record.properties)
    const sameNameId = name === '' ? undefined : (publishedNames.get(name) ?? rowOfName.get(name)?.id)
    if (sameNameId !== undefined && sameNameId !== id) {
      const where = rowOfName.get(name)?.id === sameNameId ? { th: `แถว ${rowOfName.get(name)?.row}`, en: `row ${rowOfName.get(name)?.row}` } : { th: 'สถานที่ที่เผยแพร่แล้ว', en: 'a published place' }
      add(row, problem(row, 'name_th', 'place.same-name', 'warning', `อาจซ้ำ: ${where.th} ("${sameNameId}") มีชื่อนี้ในเขตเดียวกัน: ถ้าเป็นที่เดียวกันให้ใช้ id "${sameNameId}"`, `Possible duplicate: ${where.en} ("${sameNameId}") has this name in the same district: if it is the same place, use the id "${sameNameId}"`))
    }
    if (name !== '' && !rowOfName.has(name)) rowOfName.set(name, { id, row })
  }

  const located = (entries: readonly ImportRecord[]): Located[] =>
    entries.flatMap(({ row, record }) => (record.point && typeof record.properties.id === 'string' ? [{ id: record.properties.id, point: record.point, row }] : []))
  const publishedLocated = context.published.flatMap((place) => (place.point ? [{ id: place.properties.id, point: place.point }] : []))
  for (const found of sameSpotProblems(located(records), publishedLocated)) if (found.row !== null) add(found.row, found)

  return records.map(({ row, record }) => {
    const id = typeof record.properties.id === 'string' ? record.properties.id : ''
    const problems = problemsByRow.get(row) ?? []
    if (problems.some((p) => p.severity === 'error')) return { row, id, action: 'blocked', problems }
    const base = publishedById.get(id)
    const properties = keepUnwrittenFacts(record.properties as unknown as SourcePlaceProperties, base?.properties)
    const proposed: SourcePlace = { properties, point: record.point ?? null }
    if (!base) return { row, id, action: 'add', problems, proposed }
    if (samePlaceFacts(base, proposed)) return { row, id, action: 'unchanged', problems, base }
    return { row, id, action: 'edit', problems, proposed, base }
  })
}

/** A proposal an import row makes, with the row it came from. */
export interface ImportProposal {
  row: number
  proposal: ProposalInput
}

/** The proposals the confirmed rows make: new ids add a place, known ids propose an edit. Nothing else is sent. */
export function importProposals(rows: readonly ImportRowResult[], fileName: string, newClientId: () => string): ImportProposal[] {
  return rows.flatMap(({ row, action, id, proposed, base }): ImportProposal[] => {
    const comment = `นำเข้าจากไฟล์ ${fileName} แถว ${row} · Imported from ${fileName}, row ${row}`
    if (action === 'add' && proposed) return [{ row, proposal: { kind: 'add', clientId: newClientId(), proposed, comment } }]
    if (action === 'edit' && proposed && base) return [{ row, proposal: { kind: 'edit', clientId: newClientId(), placeId: id, base, proposed, comment } }]
    return []
  })
}
