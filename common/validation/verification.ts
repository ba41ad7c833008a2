import { CHECKED_FACTS } from '../volunteer/api'
import { isIsoDate, isNonBlankString, isOneOf, isRecord } from './guards'
import { itemIssue, type ValidationIssue } from './issue'
import type { FeatureRecord } from './structure'

/** Checks `verification` (verified needs a date and a source) and the `updatedAt` date. */
export function checkVerification(record: FeatureRecord): ValidationIssue[] {
  const { verification, updatedAt } = record.properties
  const issues: ValidationIssue[] = []
  if (!isIsoDate(updatedAt)) {
    issues.push(itemIssue(record, 'date.invalid', `updatedAt "${String(updatedAt)}" ไม่ใช่วันที่จริงแบบ YYYY-MM-DD (ค.ศ.)`, `updatedAt "${String(updatedAt)}" is not a real date written YYYY-MM-DD`, 'updatedAt'))
  }
  if (!isRecord(verification) || (verification.status !== 'verified' && verification.status !== 'unverified')) {
    issues.push(itemIssue(record, 'verification.invalid', 'verification ต้องเป็น {"status":"verified", ...} หรือ {"status":"unverified"}', 'verification must be {"status":"verified", ...} or {"status":"unverified"}'))
    return issues
  }
  if (verification.status === 'unverified') return issues
  if (verification.verifiedAt === undefined || !isNonBlankString(verification.source)) {
    issues.push(itemIssue(record, 'verification.incomplete', 'สถานะ verified ต้องมีวันที่ตรวจ (verifiedAt) และแหล่งที่ตรวจ (source): ถ้ายังไม่มี ให้ใช้ "unverified"', 'A verified record needs the date it was checked (verifiedAt) and what it was checked against (source): until then use "unverified"'))
  } else if (!isIsoDate(verification.verifiedAt)) {
    issues.push(itemIssue(record, 'date.invalid', `verifiedAt "${String(verification.verifiedAt)}" ไม่ใช่วันที่จริงแบบ YYYY-MM-DD (ค.ศ.)`, `verifiedAt "${String(verification.verifiedAt)}" is not a real date written YYYY-MM-DD`, 'verification.verifiedAt'))
  }
  return issues
}

/**
 * Checks `checks`: per checked fact (location, phone, hours, oscc), a real YYYY-MM-DD day that is
 * not after `today` (a check cannot be approved before it happened).
 */
export function checkFactChecks(record: FeatureRecord, today: string): ValidationIssue[] {
  const { checks } = record.properties
  if (checks === undefined) return []
  if (!isRecord(checks) || !Object.keys(checks).every((fact) => isOneOf(CHECKED_FACTS, fact))) {
    return [itemIssue(record, 'checks.invalid', `checks ต้องเป็น {"ข้อมูล": "YYYY-MM-DD"} โดยข้อมูลเป็นหนึ่งใน ${CHECKED_FACTS.join(', ')}`, `checks must be {"fact": "YYYY-MM-DD"} with each fact one of ${CHECKED_FACTS.join(', ')}`)]
  }
  return Object.entries(checks).flatMap(([fact, day]) => {
    if (!isIsoDate(day)) return [itemIssue(record, 'date.invalid', `checks.${fact} "${String(day)}" ไม่ใช่วันที่จริงแบบ YYYY-MM-DD (ค.ศ.)`, `checks.${fact} "${String(day)}" is not a real date written YYYY-MM-DD`, `checks.${fact}`)]
    if (day > today) return [itemIssue(record, 'checks.future', `checks.${fact} "${day}" เป็นวันในอนาคต (วันนี้ ${today}): ใส่วันที่ตรวจจริง`, `checks.${fact} "${day}" is in the future (today is ${today}): write the day it was checked`, `checks.${fact}`)]
    return []
  })
}
