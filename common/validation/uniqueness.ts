import { distanceM } from '../geo'
import type { LatLng } from '../place'
import { itemIssue, type ValidationIssue } from './issue'
import type { FeatureRecord } from './structure'

/** Two distinct places closer than this are taken to be one place entered twice. */
export const SAME_SPOT_M = 30

const METRES_PER_DEGREE_LAT = 111_195

/** Reports every id used more than once, across all place files. */
export function checkDuplicateIds(records: readonly FeatureRecord[]): ValidationIssue[] {
  const first = new Map<string, FeatureRecord>()
  const issues: ValidationIssue[] = []
  for (const record of records) {
    if (record.id === undefined) continue
    const earlier = first.get(record.id)
    if (!earlier) {
      first.set(record.id, record)
      continue
    }
    issues.push(
      itemIssue(
        record,
        'id.duplicate',
        `id "${record.id}" ซ้ำกับรายการที่ ${earlier.index} ใน ${earlier.file}: id ต้องไม่ซ้ำกันทุกไฟล์`,
        `id "${record.id}" is already used by item ${earlier.index} in ${earlier.file}: ids must be unique across all files`,
      ),
    )
  }
  return issues
}

/** Reports each pair of places with different ids less than SAME_SPOT_M apart, naming both. */
export function checkSameSpot(records: readonly FeatureRecord[]): ValidationIssue[] {
  const placed = records
    .filter((r): r is FeatureRecord & { id: string; point: LatLng } => r.id !== undefined && r.point !== undefined)
    .sort((a, b) => a.point.lat - b.point.lat)
  const maxLatGap = SAME_SPOT_M / METRES_PER_DEGREE_LAT
  const issues: ValidationIssue[] = []
  placed.forEach((a, i) => {
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j]
      if (!b || b.point.lat - a.point.lat > maxLatGap) break
      const apart = distanceM(a.point, b.point)
      if (a.id === b.id || apart >= SAME_SPOT_M) continue
      const [one, two] = a.id < b.id ? [a, b] : [b, a]
      issues.push(
        itemIssue(
          one,
          'location.same-spot',
          `"${one.id}" และ "${two.id}" (${two.file}) อยู่ห่างกันเพียง ${apart.toFixed(0)} ม. (น้อยกว่า ${SAME_SPOT_M} ม.): ถ้าเป็นที่เดียวกันให้รวมเป็นรายการเดียว ถ้าไม่ใช่ให้ตรวจพิกัด`,
          `"${one.id}" and "${two.id}" (${two.file}) are only ${apart.toFixed(0)} m apart (under ${SAME_SPOT_M} m): if they are one place merge them, otherwise check the coordinates`,
        ),
      )
    }
  })
  return issues
}
