import { itemIssue, type ValidationIssue } from './issue'
import type { FeatureRecord } from './structure'

/** Shelter and hidden places must never publish a position or an address. */
export function checkPrivacy(record: FeatureRecord): ValidationIssue[] {
  const { kind, visibility, address } = record.properties
  const issues: ValidationIssue[] = []
  if (kind === 'shelter' && visibility !== 'hidden') {
    issues.push(itemIssue(record, 'privacy.shelter-not-hidden', 'บ้านพัก (shelter) ต้องเป็น visibility "hidden" เสมอ: ที่ตั้งบ้านพักเป็นความลับ แสดงเป็นบัตรติดต่อเท่านั้น', 'A shelter must have visibility "hidden": shelter locations are confidential and shown only as a contact card'))
  }
  if (visibility === 'hidden' && record.geometry !== null && record.geometry !== undefined) {
    issues.push(itemIssue(record, 'privacy.hidden-has-geometry', 'สถานที่ที่ซ่อน (hidden) ต้องมี "geometry": null: ห้ามเก็บพิกัดไว้ในไฟล์ต้นทาง', 'A hidden place must have "geometry": null: do not keep its coordinates in the source file'))
  }
  if ((visibility === 'hidden' || kind === 'shelter') && address !== undefined) {
    issues.push(itemIssue(record, 'privacy.address-forbidden', 'ห้ามใส่ที่อยู่ของบ้านพักหรือสถานที่ที่ซ่อน: ลบ address ออก', 'Never publish the address of a shelter or hidden place: remove address'))
  }
  return issues
}
