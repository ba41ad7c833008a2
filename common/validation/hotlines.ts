import { isKebabId, isLocalizedText, isNonBlankString, isRecord } from './guards'
import { fileIssue, itemIssue, type IssueRule, type ItemRef, type ValidationIssue } from './issue'
import { thaiNumberKind } from './phones'

/** Numbers seen in lists but not confirmed by the organisation's own page: never shipped until they are. */
export const UNCONFIRMED_NUMBERS: ReadonlyMap<string, string> = new Map([['1134', 'Pavena Foundation (มูลนิธิปวีณาหงสกุลเพื่อเด็กและสตรี)']])

/** Checks geo/hotlines.json: a list of phone and LINE hotlines with unique ids and Thai names. */
export function checkHotlines(file: string, content: unknown): ValidationIssue[] {
  if (!Array.isArray(content)) {
    return [fileIssue(file, 'hotline.not-array', 'hotlines.json ต้องเป็นรายการ [...] ของสายด่วน', 'hotlines.json must be a list [...] of hotlines')]
  }
  const seen = new Set<string>()
  return content.flatMap((item: unknown, index) => {
    const ref: ItemRef = { file, index }
    if (isRecord(item) && typeof item.id === 'string' && item.id !== '') ref.id = item.id
    const issues = checkHotline(ref, item)
    if (ref.id !== undefined) {
      if (seen.has(ref.id)) issues.push(itemIssue(ref, 'id.duplicate', `id "${ref.id}" ซ้ำ: id ของสายด่วนต้องไม่ซ้ำกัน`, `id "${ref.id}" is repeated: hotline ids must be unique`))
      seen.add(ref.id)
    }
    return issues
  })
}

function checkHotline(ref: ItemRef, item: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const add = (rule: IssueRule, th: string, en: string) => issues.push(itemIssue(ref, rule, th, en))
  if (!isRecord(item) || (item.kind !== 'phone' && item.kind !== 'line')) {
    add('hotline.invalid', 'สายด่วนต้องมี "kind": "phone" หรือ "line"', 'A hotline needs "kind": "phone" or "line"')
    return issues
  }
  if (!isKebabId(item.id)) add('id.format', 'id ของสายด่วนต้องเป็นตัวอักษรอังกฤษตัวเล็กคั่นด้วยขีด เช่น "msdhs-1300"', 'A hotline id must be lowercase kebab-case, e.g. "msdhs-1300"')
  if (!isLocalizedText(item.name)) add('name.th-missing', 'ไม่มีชื่อภาษาไทย: ใส่ name.th', 'Thai name missing: fill in name.th')
  if (!isLocalizedText(item.purpose)) add('hotline.purpose-missing', 'ไม่มีคำอธิบายภาษาไทยว่าโทรเรื่องอะไร: ใส่ purpose.th', 'Thai purpose missing: fill in purpose.th (what to call it for)')
  if (typeof item.hours24 !== 'boolean') add('hotline.invalid', 'hours24 ต้องเป็น true หรือ false', 'hours24 must be true or false')
  if (!isNonBlankString(item.source)) add('source.missing', 'ไม่มีแหล่งที่มา: ใส่ source (หน้าเว็บที่ยืนยันเบอร์นี้)', 'No source: fill in source (the page that confirms this number)')
  if (item.kind === 'phone') issues.push(...checkNumber(ref, item.number))
  else issues.push(...checkLine(ref, item))
  return issues
}

function checkNumber(ref: ItemRef, number: unknown): ValidationIssue[] {
  if (typeof number !== 'string' || !thaiNumberKind(number)) {
    return [itemIssue(ref, 'hotline.number-invalid', `เบอร์ "${String(number)}" ไม่ใช่เบอร์ไทย: ใช้เบอร์สั้น เช่น "1300" หรือ +66 เช่น "+6621234567"`, `Number "${String(number)}" is not a Thai number: use a short code such as "1300" or +66 form such as "+6621234567"`)]
  }
  const unconfirmed = UNCONFIRMED_NUMBERS.get(number)
  if (unconfirmed) {
    return [itemIssue(ref, 'hotline.unconfirmed', `เบอร์ ${number} (${unconfirmed}) ยังไม่ได้รับการยืนยันจากหน้าเว็บขององค์กรเอง: ห้ามเผยแพร่จนกว่าจะยืนยันได้`, `Number ${number} (${unconfirmed}) is not confirmed on the organisation's own page: do not ship it until it is`)]
  }
  return []
}

function checkLine(ref: ItemRef, item: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (typeof item.account !== 'string' || !/^@[a-z0-9._-]+$/i.test(item.account)) {
    issues.push(itemIssue(ref, 'hotline.invalid', 'account ของ LINE ต้องขึ้นต้นด้วย @ เช่น "@esshelpme"', 'A LINE account must start with @, e.g. "@esshelpme"'))
  }
  if (!isHttpsUrl(item.url)) {
    issues.push(itemIssue(ref, 'hotline.line-url', `ลิงก์ LINE "${String(item.url)}" ต้องเป็น https:// เท่านั้น`, `LINE link "${String(item.url)}" must be an https:// address`))
  }
  return issues
}

// A host and no white space: common/ compiles without the web platform's URL.
function isHttpsUrl(value: unknown): boolean {
  return typeof value === 'string' && /^https:\/\/[a-z0-9.-]+(?::\d+)?(?:[/?#]\S*)?$/i.test(value)
}
