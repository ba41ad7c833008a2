import { parseCsv } from '../csv'
import { distanceM } from '../geo'
import type { LatLng } from '../place'
import { DEFAULT_UNCERTAINTY_M } from '../publish'
import type { SourceText } from './boundaries'
import { isFiniteNumber } from './guards'
import { itemIssue, type ItemRef, type ValidationIssue } from './issue'
import type { FeatureRecord } from './structure'

/**
 * How far an exact pin may be from its second source: independent sources agree within ~50–100 m
 * for a hospital entrance, and more than 300 m apart is a red flag (data-truth.md).
 */
export const EXACT_PIN_TOLERANCE_M = 300

/** A second, independent position for one of our places (from a reviewed mapping table). */
export interface SecondSourcePoint {
  placeId: string
  /** Who gives the position, as credited: "Wikidata Q1588587". */
  source: string
  point: LatLng
  /** The mapping table row, for pointing an issue at it. */
  ref: ItemRef
}

/** A pin compared with its second source: how far apart, and how far they may be. */
export interface SecondSourceDistance {
  placeId: string
  source: string
  distanceM: number
  toleranceM: number
}

/** The three files of geo/second-sources/hospitals-wikidata/. */
export interface WikidataTables {
  /** matches.csv: wikidata,name_en,decision,place_id,... — each Wikidata row reviewed by a person. */
  matches: SourceText
  /** wikidata_hospitals_bkk_spk.csv: name_en,lat,lng,... */
  points: SourceText
  /** wikidata_hospitals_bkk_spk.extra.csv: wikidata,name_en,... */
  ids: SourceText
}

const DECISIONS = ['match', 'add', 'skip'] as const

/** Reads the reviewed Wikidata mapping: every "match" or "add" row becomes a second source for its place. */
export function readWikidataSecondSources(tables: WikidataTables): { points: SecondSourcePoint[]; issues: ValidationIssue[] } {
  const pointsByName = new Map(parseCsv(tables.points.text).map((row) => [row.name_en ?? '', row]))
  const nameById = new Map(parseCsv(tables.ids.text).map((row) => [row.wikidata ?? '', row.name_en ?? '']))
  const points: SecondSourcePoint[] = []
  const issues: ValidationIssue[] = []
  parseCsv(tables.matches.text).forEach((row, index) => {
    const { wikidata = '', name_en: name = '', decision = '', place_id: placeId = '' } = row
    const ref: ItemRef = { file: tables.matches.file, index, ...(placeId ? { id: placeId } : {}) }
    const problem = (th: string, en: string) => issues.push(itemIssue(ref, 'second-source.invalid', th, en))
    if (!(DECISIONS as readonly string[]).includes(decision)) {
      problem(`แถว ${wikidata}: decision ต้องเป็น match, add หรือ skip`, `Row ${wikidata}: decision must be match, add or skip`)
      return
    }
    if (nameById.get(wikidata) !== name) {
      problem(`${wikidata} ไม่ใช่ "${name}" ในไฟล์ของวิกิสนเทศ: ตรวจรหัส Q`, `${wikidata} is not "${name}" in the Wikidata files: check the Q-id`)
      return
    }
    if (decision === 'skip') return
    const source = pointsByName.get(name)
    const point = { lat: Number(source?.lat), lng: Number(source?.lng) }
    if (!placeId || !isFiniteNumber(point.lat) || !isFiniteNumber(point.lng)) {
      problem(`แถว ${wikidata}: ต้องมี place_id และพิกัดในไฟล์ของวิกิสนเทศ`, `Row ${wikidata}: needs a place_id and a coordinate in the Wikidata file`)
      return
    }
    points.push({ placeId, source: `Wikidata ${wikidata}`, point, ref })
  })
  return { points, issues }
}

/**
 * Measures every pin that has a second source. A pin farther from it than the pin's stated
 * uncertainty (EXACT_PIN_TOLERANCE_M for an exact pin) is an issue, and so is a mapping to a
 * place that does not exist or has no position.
 */
export function compareWithSecondSources(
  records: readonly FeatureRecord[],
  seconds: readonly SecondSourcePoint[],
): { distances: SecondSourceDistance[]; issues: ValidationIssue[] } {
  const byId = new Map(records.map((record) => [record.id, record]))
  const distances: SecondSourceDistance[] = []
  const issues: ValidationIssue[] = []
  for (const second of seconds) {
    const record = byId.get(second.placeId)
    if (!record?.point) {
      issues.push(itemIssue(second.ref, 'second-source.unknown-place', `ไม่มีสถานที่ "${second.placeId}" ที่มีพิกัด: แก้ place_id ในตารางจับคู่`, `No place "${second.placeId}" with a position: fix place_id in the mapping table`))
      continue
    }
    const { visibility, uncertaintyM } = record.properties
    const toleranceM = visibility === 'approximate' ? (isFiniteNumber(uncertaintyM) ? uncertaintyM : DEFAULT_UNCERTAINTY_M) : EXACT_PIN_TOLERANCE_M
    const apart = Math.round(distanceM(record.point, second.point))
    distances.push({ placeId: second.placeId, source: second.source, distanceM: apart, toleranceM })
    if (apart > toleranceM) {
      issues.push(itemIssue(record, 'second-source.too-far', `หมุดห่างจาก ${second.source} ${apart} ม. เกินรัศมีที่ระบุ (${toleranceM} ม.): ย้ายหมุด หรือขยาย uncertaintyM ถ้าไม่แน่ใจ`, `The pin is ${apart} m from ${second.source}, beyond its stated uncertainty (${toleranceM} m): move the pin, or widen uncertaintyM if unsure`))
    }
  }
  return { distances: distances.sort((a, b) => b.distanceM - a.distanceM || (a.placeId < b.placeId ? -1 : 1)), issues }
}
