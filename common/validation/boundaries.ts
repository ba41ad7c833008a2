import type { DistrictOutline } from '../basemap'
import type { AreaGeometry } from '../geo'
import { isRecord } from './guards'
import { fileIssue, itemIssue, type ValidationIssue } from './issue'

/** A text or JSON file as read from disk. */
export interface SourceText {
  file: string
  text: string
}

export interface SourceJson {
  file: string
  content: unknown
}

const PROVINCES = ['bangkok', 'samut_prakan'] as const

/**
 * Joins districts.csv (code,province,name_th,name_en) with the outline features (property `code`)
 * of the boundary files: every district needs exactly one outline and every outline a district.
 */
export function readDistrictOutlines(csv: SourceText, boundaryFiles: readonly SourceJson[]): { outlines: DistrictOutline[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = []
  const geometries = new Map<number, AreaGeometry>()
  for (const { file, content } of boundaryFiles) {
    const features = isRecord(content) && Array.isArray(content.features) ? (content.features as unknown[]) : undefined
    if (!features) {
      issues.push(fileIssue(file, 'geojson.not-feature-collection', 'ไฟล์เขตไม่ใช่ GeoJSON FeatureCollection', 'The boundary file is not a GeoJSON FeatureCollection'))
      continue
    }
    features.forEach((feature, index) => {
      const code = isRecord(feature) && isRecord(feature.properties) ? feature.properties.code : undefined
      const geometry = isRecord(feature) ? feature.geometry : undefined
      const ref = { file, index, ...(typeof code === 'number' ? { id: String(code) } : {}) }
      if (typeof code !== 'number' || !isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !Array.isArray(geometry.coordinates)) {
        issues.push(itemIssue(ref, 'boundary.invalid', 'เขตต้องมี properties.code เป็นตัวเลข และ geometry แบบ Polygon/MultiPolygon', 'A boundary needs a numeric properties.code and a Polygon/MultiPolygon geometry'))
      } else if (geometries.has(code)) {
        issues.push(itemIssue(ref, 'boundary.invalid', `รหัสเขต ${code} มีเส้นเขตมากกว่าหนึ่งรายการ`, `District code ${code} has more than one outline`))
      } else {
        geometries.set(code, geometry as unknown as AreaGeometry)
      }
    })
  }
  const outlines: DistrictOutline[] = []
  const rows = csv.text.trim().split(/\r?\n/).slice(1)
  rows.forEach((line, index) => {
    const [code, province, nameTh, nameEn, ...extra] = line.split(',')
    const ref = { file: csv.file, index, ...(code ? { id: code } : {}) }
    const geometry = geometries.get(Number(code))
    if (!code || !/^\d{4}$/.test(code) || !PROVINCES.some((p) => p === province) || !nameTh || !nameEn || extra.length > 0) {
      issues.push(itemIssue(ref, 'boundary.invalid', `แถว "${line}" ต้องเป็น code,province,name_th,name_en (province: bangkok หรือ samut_prakan)`, `Row "${line}" must be code,province,name_th,name_en (province: bangkok or samut_prakan)`))
    } else if (outlines.some((o) => o.code === Number(code))) {
      issues.push(itemIssue(ref, 'boundary.invalid', `รหัสเขต ${code} ซ้ำใน districts.csv`, `District code ${code} is repeated in districts.csv`))
    } else if (!geometry) {
      issues.push(itemIssue(ref, 'boundary.invalid', `เขต ${code} ไม่มีเส้นเขตใน geo/boundaries`, `District ${code} has no outline in geo/boundaries`))
    } else {
      outlines.push({ code: Number(code), province: province as DistrictOutline['province'], name: { th: nameTh, en: nameEn }, geometry })
      geometries.delete(Number(code))
    }
  })
  for (const code of geometries.keys()) {
    issues.push(fileIssue(csv.file, 'boundary.invalid', `เส้นเขตรหัส ${code} ไม่มีแถวใน districts.csv`, `Outline with code ${code} has no row in districts.csv`))
  }
  return { outlines, issues }
}
