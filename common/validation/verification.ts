import { isIsoDate, isNonBlankString, isRecord } from './guards'
import { itemIssue, type ValidationIssue } from './issue'
import type { FeatureRecord } from './structure'

/** Checks `verification` (verified needs a date and a source) and the `updatedAt` date. */
export function checkVerification(record: FeatureRecord): ValidationIssue[] {
  const { verification, updatedAt } = record.properties
  const issues: ValidationIssue[] = []
  if (!isIsoDate(updatedAt)) {
    issues.push(itemIssue(record, 'date.invalid', `updatedAt "${String(updatedAt)}" ไม่ใช่วันที่จริงแบบ YYYY-MM-DD (ค.ศ.)`, `updatedAt "${String(updatedAt)}" is not a real date written YYYY-MM-DD`))
  }
  if (!isRecord(verification) || (verification.status !== 'verified' && verification.status !== 'unverified')) {
    issues.push(itemIssue(record, 'verification.invalid', 'verification ต้องเป็น {"status":"verified", ...} หรือ {"status":"unverified"}', 'verification must be {"status":"verified", ...} or {"status":"unverified"}'))
    return issues
  }
  if (verification.status === 'unverified') return issues
  if (verification.verifiedAt === undefined || !isNonBlankString(verification.source)) {
    issues.push(itemIssue(record, 'verification.incomplete', 'สถานะ verified ต้องมีวันที่ตรวจ (verifiedAt) และแหล่งที่ตรวจ (source): ถ้ายังไม่มี ให้ใช้ "unverified"', 'A verified record needs the date it was checked (verifiedAt) and what it was checked against (source): until then use "unverified"'))
  } else if (!isIsoDate(verification.verifiedAt)) {
    issues.push(itemIssue(record, 'date.invalid', `verifiedAt "${String(verification.verifiedAt)}" ไม่ใช่วันที่จริงแบบ YYYY-MM-DD (ค.ศ.)`, `verifiedAt "${String(verification.verifiedAt)}" is not a real date written YYYY-MM-DD`))
  }
  return issues
}
