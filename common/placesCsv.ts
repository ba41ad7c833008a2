import type { LocalizedText, OpeningPeriod, Phone } from './place'
import type { SourcePlace, SourcePlaceProperties } from './placeSource'
import { nationalDigits } from './validation/phones'

// One place per row, one fact per column: the table the CSV export writes, the template explains
// and the import reads. papaparse turns it into text and back (at the edges: the server writes,
// the staff page reads), so this module stays free of any parser and of DOM or Node types.


/** The columns, in file order. */
export const PLACE_COLUMNS = [
  'id',
  'kind',
  'name_th',
  'name_en',
  'district_code',
  'lat',
  'lng',
  'visibility',
  'uncertainty_m',
  'address_th',
  'address_en',
  'phone_1',
  'phone_1_label_th',
  'phone_1_label_en',
  'phone_2',
  'phone_2_label_th',
  'phone_2_label_en',
  'phone_3',
  'phone_3_label_th',
  'phone_3_label_en',
  'hours_th',
  'hours_en',
  'hours_weekly',
  'services',
  'serves_only',
  'verification_status',
  'verified_at',
  'verified_source',
  'origin',
  'note_th',
  'note_en',
  'source',
  'updated_at',
] as const
export type PlaceColumn = (typeof PLACE_COLUMNS)[number]

/** Each phone's columns (number, Thai label, English label): three a row; no place has more than one today. */
export const PHONE_CELLS = [
  ['phone_1', 'phone_1_label_th', 'phone_1_label_en'],
  ['phone_2', 'phone_2_label_th', 'phone_2_label_en'],
  ['phone_3', 'phone_3_label_th', 'phone_3_label_en'],
] as const satisfies ReadonlyArray<readonly [PlaceColumn, PlaceColumn, PlaceColumn]>

/** A row: every column's text ('' when empty). */
export type PlaceRow = Record<PlaceColumn, string>

/** Separates the items of a list in one cell (services, weekly periods). */
export const LIST_SEPARATOR = '; '

const PHONE_HELP = 'เบอร์โทร เช่น 02 207 6000, 081 234 5678 หรือ 1300 (ว่างได้)'

/** What each column holds, in Thai: the template's header row, so a person filling it in Excel knows. */
export const COLUMN_HELP_TH: Record<PlaceColumn, string> = {
  id: 'รหัสสถานที่ อังกฤษตัวเล็กคั่นด้วยขีด เช่น police-dusit (ต้องมี; รหัสใหม่ = เพิ่มสถานที่, รหัสเดิม = แก้ไข)',
  kind: 'ประเภท: oscc_hospital, hospital, police_station, safe_house, community, shelter หรือ support_org',
  name_th: 'ชื่อภาษาไทย (ต้องมี)',
  name_en: 'ชื่อภาษาอังกฤษ',
  district_code: 'รหัสเขต/อำเภอ 4 หลัก: กรุงเทพฯ 1001–1050, สมุทรปราการ 1101–1106',
  lat: 'ละติจูด เช่น 13.7433 (บ้านพักเว้นว่าง)',
  lng: 'ลองจิจูด เช่น 100.5386 (บ้านพักเว้นว่าง)',
  visibility: 'การแสดงที่ตั้ง: exact (หมุด), approximate (พื้นที่โดยประมาณ) หรือ hidden (ไม่แสดง; บ้านพักต้องเป็น hidden)',
  uncertainty_m: 'รัศมีโดยประมาณเป็นเมตร เฉพาะ approximate เช่น 500',
  address_th: 'ที่อยู่ภาษาไทย (ห้ามใส่สำหรับบ้านพักหรือ hidden)',
  address_en: 'ที่อยู่ภาษาอังกฤษ',
  phone_1: PHONE_HELP,
  phone_1_label_th: 'คำอธิบายเบอร์ภาษาไทย เช่น เบอร์หลักของโรงพยาบาล',
  phone_1_label_en: 'คำอธิบายเบอร์ภาษาอังกฤษ',
  phone_2: PHONE_HELP,
  phone_2_label_th: 'คำอธิบายเบอร์ที่ 2 ภาษาไทย',
  phone_2_label_en: 'คำอธิบายเบอร์ที่ 2 ภาษาอังกฤษ',
  phone_3: PHONE_HELP,
  phone_3_label_th: 'คำอธิบายเบอร์ที่ 3 ภาษาไทย',
  phone_3_label_en: 'คำอธิบายเบอร์ที่ 3 ภาษาอังกฤษ',
  hours_th: 'เวลาทำการภาษาไทย เช่น จันทร์–ศุกร์ 08:30–16:30 หรือ 24h ถ้าเปิดตลอด',
  hours_en: 'เวลาทำการภาษาอังกฤษ',
  hours_weekly: 'เวลาเปิดปิดแบบที่แอปคำนวณได้ เช่น mon,tue,wed,thu,fri 08:30-16:30; sat 09:00-12:00 (ว่างได้)',
  services: 'บริการ คั่นด้วย ; เช่น oscc; forensic_exam (oscc, forensic_exam, emergency_care, police_report, legal_aid, shelter_referral, counselling, child_protection, temporary_shelter, community_support)',
  serves_only: 'รับเฉพาะกลุ่ม: children หรือเว้นว่างถ้ารับทุกคน',
  verification_status: 'การตรวจสอบ: verified หรือ unverified (ว่าง = unverified)',
  verified_at: 'วันที่ตรวจ YYYY-MM-DD (ค.ศ.) เฉพาะ verified',
  verified_source: 'ตรวจกับอะไร เฉพาะ verified',
  origin: 'ที่มาที่บอกผู้ใช้: team_estimate, open_data, public_record หรือ community_placeholder',
  note_th: 'ข้อความสั้นถึงผู้ใช้ภาษาไทย (ไม่เกิน 160 ตัวอักษร)',
  note_en: 'ข้อความสั้นถึงผู้ใช้ภาษาอังกฤษ',
  source: 'แหล่งที่มาสำหรับทีม (ไม่เผยแพร่; ต้องมี)',
  updated_at: 'วันที่แก้ล่าสุด (ไม่ต้องแก้: ระบบใส่ให้เมื่ออนุมัติ)',
}

/** The header cell of a column: its name, then what it holds in Thai. The import reads the name only. */
export function columnHeader(column: PlaceColumn): string {
  return `${column} (${COLUMN_HELP_TH[column]})`
}

/** The column a header cell names (`name_th (ชื่อภาษาไทย)` → `name_th`), or undefined for an unknown one. */
export function columnOfHeader(header: string): PlaceColumn | undefined {
  const name = /^\s*([a-z0-9_]+)/i.exec(header.replace(/^\uFEFF/, ''))?.[1]?.toLowerCase()
  return PLACE_COLUMNS.find((column) => column === name)
}

/** The table of an export or a template: the explained header row, then one row per place. */
export function placesTable(places: readonly SourcePlace[]): string[][] {
  return [PLACE_COLUMNS.map(columnHeader), ...places.map((place) => PLACE_COLUMNS.map((column) => placeToRow(place)[column]))]
}

const textOf = (value: LocalizedText | undefined) => ({ th: value?.th ?? '', en: value?.en ?? '' })
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value))

function phoneCells(phones: readonly Phone[]): Record<string, string> {
  if (phones.length > PHONE_CELLS.length) throw new Error(`A place has ${phones.length} phones; the CSV holds ${PHONE_CELLS.length}`)
  return Object.fromEntries(
    PHONE_CELLS.flatMap(([number, th, en], i) => {
      const phone = phones[i]
      const label = textOf(phone?.label)
      return [
        [number, phone?.display ?? ''],
        [th, label.th],
        [en, label.en],
      ]
    }),
  )
}

/** Weekly periods as one cell: `mon,tue 08:30-16:30; sat 09:00-12:00`. */
export function weeklyText(weekly: readonly OpeningPeriod[] | undefined): string {
  return (weekly ?? []).map((period) => `${period.days.join(',')} ${period.opens}-${period.closes}`).join(LIST_SEPARATOR)
}

/** One place as a row of text, every column filled ('' when the place has nothing there). */
export function placeToRow({ properties: p, point }: SourcePlace): PlaceRow {
  const hours = p.hours === '24h' ? { th: '24h', en: '', weekly: '' } : { ...textOf(p.hours), weekly: weeklyText(p.hours?.weekly) }
  const verified = p.verification.status === 'verified' ? p.verification : undefined
  const row: Record<string, string> = {
    id: p.id,
    kind: p.kind,
    name_th: p.name.th,
    name_en: p.name.en ?? '',
    district_code: String(p.districtCode),
    lat: numberText(point?.lat),
    lng: numberText(point?.lng),
    visibility: p.visibility,
    uncertainty_m: numberText(p.uncertaintyM),
    address_th: textOf(p.address).th,
    address_en: textOf(p.address).en,
    ...phoneCells(p.phones),
    hours_th: hours.th,
    hours_en: hours.en,
    hours_weekly: hours.weekly,
    services: p.services.join(LIST_SEPARATOR),
    serves_only: (p.servesOnly ?? []).join(LIST_SEPARATOR),
    verification_status: p.verification.status,
    verified_at: verified?.verifiedAt ?? '',
    verified_source: verified?.source ?? '',
    origin: p.origin,
    note_th: textOf(p.note).th,
    note_en: textOf(p.note).en,
    source: p.source,
    updated_at: p.updatedAt,
  }
  return row as PlaceRow
}

/** A row read back into a place's properties and position, not yet trusted: the shared rules check it next. */
export interface RowPlace {
  /** Properties as the source format names them; values may be wrong (a kind nobody knows, NaN). */
  properties: Record<string, unknown>
  /** The position when both lat and lng are written; the raw texts otherwise say what is missing. */
  point: { lat: number; lng: number } | undefined
}

const listOf = (cell: string): string[] =>
  cell
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')

const localized = (th: string, en: string): LocalizedText | undefined => (th === '' && en === '' ? undefined : en === '' ? { th } : { th, en })

/** Reads a number cell: '' → undefined, anything else → a number (NaN when it is not one, for the rules to name). */
function numberOf(cell: string): number | undefined {
  return cell === '' ? undefined : /^[+-]?(\d+\.?\d*|\.\d+)$/.test(cell) ? Number(cell) : Number.NaN
}

/** A phone as written in a cell ("02 207 6000", "022076000", "+66 2 207 6000", "1300") in the source format. */
export function phoneFromCell(cell: string, labelTh: string, labelEn: string): Phone {
  const digits = cell.replace(/[\s-]/g, '')
  const e164 = digits.startsWith('+') ? digits : digits.startsWith('0') ? `+66${digits.slice(1)}` : digits
  const display = digits.startsWith('+') ? nationalDigits(e164) : cell
  const label = localized(labelTh, labelEn)
  return { e164, display, ...(label ? { label } : {}) }
}

/** Reads `mon,tue 08:30-16:30; sat 09:00-12:00` back into periods; undefined when it is not written so (the rules then refuse it). */
export function weeklyOf(cell: string): OpeningPeriod[] | undefined {
  const periods = cell.split(';').map((part) => /^\s*([a-z,\s]+?)\s+(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/i.exec(part))
  if (periods.some((match) => match === null)) return undefined
  return periods.map((match) => ({
    days: listOf((match as RegExpExecArray)[1] ?? '').map((day) => day.toLowerCase()) as OpeningPeriod['days'],
    opens: (match as RegExpExecArray)[2] ?? '',
    closes: (match as RegExpExecArray)[3] ?? '',
  }))
}

function hoursOf(row: PlaceRow): unknown {
  if (row.hours_th.toLowerCase() === '24h') return '24h'
  const text = localized(row.hours_th, row.hours_en)
  if (row.hours_weekly === '') return text
  // Weekly times without words are refused by the rules: hours need Thai text to show.
  return { ...(text ?? {}), weekly: weeklyOf(row.hours_weekly) ?? row.hours_weekly }
}

/** Reads a row (cells already trimmed) into the source format; `updatedAt` is the day the import is made. */
export function rowToPlace(row: PlaceRow, updatedAt: string): RowPlace {
  const phones = PHONE_CELLS.filter(([number]) => row[number] !== '').map(([number, th, en]) => phoneFromCell(row[number], row[th], row[en]))
  const status = row.verification_status === '' ? 'unverified' : row.verification_status
  const optional = {
    address: localized(row.address_th, row.address_en),
    uncertaintyM: numberOf(row.uncertainty_m),
    hours: hoursOf(row),
    servesOnly: row.serves_only === '' ? undefined : listOf(row.serves_only),
    note: localized(row.note_th, row.note_en),
  }
  const properties: Record<string, unknown> = {
    id: row.id,
    kind: row.kind,
    name: { th: row.name_th, ...(row.name_en === '' ? {} : { en: row.name_en }) },
    ...(optional.address ? { address: optional.address } : {}),
    districtCode: numberOf(row.district_code),
    phones,
    ...(optional.hours === undefined ? {} : { hours: optional.hours }),
    services: listOf(row.services),
    ...(optional.servesOnly ? { servesOnly: optional.servesOnly } : {}),
    visibility: row.visibility,
    ...(optional.uncertaintyM === undefined ? {} : { uncertaintyM: optional.uncertaintyM }),
    verification: status === 'verified' ? { status, verifiedAt: row.verified_at, source: row.verified_source } : { status },
    origin: row.origin,
    ...(optional.note ? { note: optional.note } : {}),
    source: row.source,
    updatedAt,
  }
  const lat = numberOf(row.lat)
  const lng = numberOf(row.lng)
  return { properties, point: lat === undefined || lng === undefined ? undefined : { lat, lng } }
}

/** Whether two places publish and keep the same facts (`updatedAt` aside: approving sets it). */
export function samePlaceFacts(a: SourcePlace, b: SourcePlace): boolean {
  const rowA = placeToRow(a)
  const rowB = placeToRow(b)
  return PLACE_COLUMNS.every((column) => column === 'updated_at' || rowA[column] === rowB[column])
}

/**
 * An imported place: the facts a row holds, from the row; everything else (the days volunteers'
 * checks were approved) from the place it edits, whatever a GeoJSON file says, so that an import
 * can neither fake a check nor drop one.
 */
export function keepUnwrittenFacts(row: SourcePlaceProperties, base: SourcePlaceProperties | undefined): SourcePlaceProperties {
  const written = Object.entries(row).filter(([key]) => ROW_FIELDS.has(key))
  const kept = Object.entries(base ?? {}).filter(([key]) => !ROW_FIELDS.has(key))
  return Object.fromEntries([...kept, ...written]) as unknown as SourcePlaceProperties
}

// The properties a row holds, present or left empty on purpose (an empty address removes it).
const ROW_FIELDS = new Set(['id', 'kind', 'name', 'address', 'districtCode', 'phones', 'hours', 'services', 'servesOnly', 'visibility', 'uncertaintyM', 'verification', 'origin', 'note', 'source', 'updatedAt'])
