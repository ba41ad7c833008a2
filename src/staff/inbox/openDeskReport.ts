import type { ReportEnvelope } from '@common/report/wire'
import type { ReportPayload } from '@/domain/report/types'
import { openReport, type DeskKeyPair } from '@/safety/reportEncryption'
import type { DeskError } from '../desk/errors'
import type { DeskKeyring } from '../desk/keyring'
import { followUpMessageKey, readReportPayload } from './reportReading'

/** A report opened in this browser, with the follow-up message key when the resident asked for a code. */
export type OpenedReport = { ok: true; report: ReportPayload; messageKey: string | null } | { ok: false; reason: Pick<DeskError, 'th' | 'en'> }

const UNREADABLE = {
  th: 'เปิดเรื่องนี้ไม่ได้: ข้อมูลเสียหาย ถูกแก้ไข หรือไม่ได้เข้ารหัสถึงกุญแจของศูนย์รับเรื่องนี้ เรื่องนี้ยังอยู่ในรายการ ไม่มีอะไรถูกลบ',
  en: 'This case could not be opened: it is damaged, was altered, or was not encrypted to this desk’s key. It stays in the list; nothing was deleted.',
}

/** Decrypts a report with the keyring's key for its key id; any failure is a plain reason, never a throw. */
export async function openDeskReport(envelope: ReportEnvelope, keyring: DeskKeyring): Promise<OpenedReport> {
  const key = keyring.privateKeyFor(envelope.keyId)
  if (!key.ok) return { ok: false, reason: key.error }
  return openReportWithKey(envelope, { privateKey: key.value.privateKey, publicKeyJwk: key.value.record.publicKeyJwk })
}

/** Decrypts a report with a desk key pair held some other way (the workshop's demo desk); never throws. */
export async function openReportWithKey(envelope: ReportEnvelope, desk: DeskKeyPair): Promise<OpenedReport> {
  let value: unknown
  try {
    value = await openReport(envelope, desk)
  } catch {
    return { ok: false, reason: UNREADABLE }
  }
  const report = readReportPayload(value)
  return report ? { ok: true, report, messageKey: followUpMessageKey(value) } : { ok: false, reason: UNREADABLE }
}
