import { AUDIENCES, PLACE_KINDS, SERVICES, VISIBILITIES } from '../place'
import { isFiniteNumber, isKebabId, isLocalizedText, isNonBlankString, isOneOf, isRecord, isSetOf } from './guards'
import { itemIssue, type IssueRule, type ValidationIssue } from './issue'
import { isWeeklyHours } from './openingHours'
import type { FeatureRecord } from './structure'

/**
 * The widest approximate area, in metres: wider than a district, an area says nothing; and a huge
 * radius (1e308) overflowed the map, which then drew no area at all.
 */
export const MAX_UNCERTAINTY_M = 10_000

/** Checks a feature's own fields: id, name, kind, district, services, who it serves, visibility, hours, source. */
export function checkFields(record: FeatureRecord, knownDistrictCodes: ReadonlySet<number>): ValidationIssue[] {
  const p = record.properties
  const issues: ValidationIssue[] = []
  const add = (rule: IssueRule, th: string, en: string) => issues.push(itemIssue(record, rule, th, en))

  if (p.id === undefined || p.id === '') {
    add('id.missing', 'ไม่มี id: ใส่ id ภาษาอังกฤษตัวเล็กคั่นด้วยขีด เช่น "police-dusit"', 'No id: add a lowercase kebab-case id such as "police-dusit"')
  } else if (!isKebabId(p.id)) {
    add('id.format', `id "${String(p.id)}" ต้องเป็นตัวอักษรอังกฤษตัวเล็กและตัวเลขคั่นด้วยขีด เช่น "police-dusit"`, `id "${String(p.id)}" must be lowercase letters and digits joined by hyphens, e.g. "police-dusit"`)
  }
  if (!isLocalizedText(p.name)) {
    add('name.th-missing', 'ไม่มีชื่อภาษาไทย: ใส่ name.th (ชื่อที่คนในพื้นที่เรียก)', 'Thai name missing: fill in name.th (the name people use locally)')
  }
  if (p.address !== undefined && !isLocalizedText(p.address)) {
    add('address.invalid', 'address ต้องเป็น {"th": "...", "en": "..."} และมีภาษาไทย', 'address must be {"th": "...", "en": "..."} with Thai text')
  }
  if (!isOneOf(PLACE_KINDS, p.kind)) {
    add('kind.unknown', `ไม่รู้จักประเภท "${String(p.kind)}": ใช้หนึ่งใน ${PLACE_KINDS.join(', ')}`, `Unknown kind "${String(p.kind)}": use one of ${PLACE_KINDS.join(', ')}`)
  } else if (isOneOf(PLACE_KINDS, record.fileKind) && p.kind !== record.fileKind) {
    add('kind.mismatch', `ประเภท "${p.kind}" ไม่ตรงกับไฟล์ ${record.fileKind}.geojson: ย้ายไปไฟล์ ${p.kind}.geojson หรือแก้ kind`, `kind "${p.kind}" does not match the file ${record.fileKind}.geojson: move it to ${p.kind}.geojson or fix kind`)
  }
  if (typeof p.districtCode !== 'number' || !knownDistrictCodes.has(p.districtCode)) {
    add('district.unknown', `ไม่รู้จักรหัสเขต/อำเภอ ${String(p.districtCode)}: ใช้รหัสใน geo/boundaries/districts.csv (กรุงเทพฯ 1001–1050, สมุทรปราการ 1101–1106)`, `Unknown districtCode ${String(p.districtCode)}: use a code from geo/boundaries/districts.csv (Bangkok 1001–1050, Samut Prakan 1101–1106)`)
  }
  if (!Array.isArray(p.services)) {
    add('services.invalid', 'services ต้องเป็นรายการ (ว่างได้) เช่น ["police_report"]', 'services must be a list (may be empty), e.g. ["police_report"]')
  } else {
    for (const service of p.services.filter((s) => !isOneOf(SERVICES, s))) {
      add('service.unknown', `ไม่รู้จักบริการ "${String(service)}": ใช้หนึ่งใน ${SERVICES.join(', ')}`, `Unknown service "${String(service)}": use one of ${SERVICES.join(', ')}`)
    }
  }
  if (p.servesOnly !== undefined && !isSetOf(AUDIENCES, p.servesOnly)) {
    add('serves-only.invalid', `servesOnly ต้องเป็นรายการกลุ่มคนที่สถานที่รับเท่านั้น (${AUDIENCES.join(', ')}) เช่น ["children"] หรือไม่ใส่เลยถ้ารับทุกคน`, `servesOnly must list the only people the place serves (${AUDIENCES.join(', ')}), e.g. ["children"], or be left out when it serves everyone`)
  }
  if (!isOneOf(VISIBILITIES, p.visibility)) {
    add('visibility.unknown', `ไม่รู้จัก visibility "${String(p.visibility)}": ใช้ exact, approximate หรือ hidden`, `Unknown visibility "${String(p.visibility)}": use exact, approximate or hidden`)
  }
  if (p.uncertaintyM !== undefined && !(p.visibility === 'approximate' && isFiniteNumber(p.uncertaintyM) && p.uncertaintyM > 0 && p.uncertaintyM <= MAX_UNCERTAINTY_M)) {
    add('uncertainty.invalid', `uncertaintyM ใช้ได้เฉพาะ visibility "approximate" และต้องเป็นจำนวนเมตรที่มากกว่า 0 และไม่เกิน ${MAX_UNCERTAINTY_M} (ได้ ${String(p.uncertaintyM)})`, `uncertaintyM is only for visibility "approximate" and must be a number of metres above 0 and at most ${MAX_UNCERTAINTY_M} (got ${String(p.uncertaintyM)})`)
  }
  const weekly = isRecord(p.hours) ? p.hours.weekly : undefined
  if (p.hours !== undefined && p.hours !== '24h' && !(isLocalizedText(p.hours) && (weekly === undefined || isWeeklyHours(weekly)))) {
    add('hours.invalid', 'hours ต้องเป็น "24h" หรือ {"th": "จันทร์–ศุกร์ 08:30–16:30", "en": "...", "weekly": [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:30", "closes": "16:30"}]} (weekly ไม่บังคับ)', 'hours must be "24h" or {"th": "จันทร์–ศุกร์ 08:30–16:30", "en": "...", "weekly": [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:30", "closes": "16:30"}]} (weekly optional)')
  }
  if (!isNonBlankString(p.source)) {
    add('source.missing', 'ไม่มีแหล่งที่มา: ใส่ source (ที่อยู่เว็บทางการ, partner: ..., หรือ memory: ...)', 'No source: fill in source (an official page address, "partner: ...", or "memory: ...")')
  }
  return issues
}

