import type { LocalizedText } from '@common/place'
import { ApiError } from '../http/errors'

const refuse = (status: number, code: string, text: Required<LocalizedText>) => new ApiError(status, code, text)

/** The case desk's refusals: stable codes, and what went wrong and what to do in Thai and English. */
export const deskErrors = {
  privateKeyRefused: () =>
    refuse(400, 'private_key_refused', {
      th: 'ข้อมูลที่ส่งมามีกุญแจส่วนตัวที่ไม่ได้เข้ารหัส (ช่อง "d") จึงไม่ได้บันทึก กุญแจส่วนตัวต้องออกจากเบราว์เซอร์ในรูปที่ห่อด้วยกุญแจแล้วเท่านั้น โหลดหน้าใหม่แล้วลองอีกครั้ง',
      en: 'What was sent holds an unwrapped private key (a "d" member), so nothing was stored. A private key may leave the browser only wrapped. Reload the page and try again.',
    }),
  recordMismatch: (what: string) =>
    refuse(400, 'desk_record_mismatch', {
      th: `ข้อมูลกุญแจไม่ตรงกัน: ${what} จึงไม่ได้บันทึก โหลดหน้าใหม่แล้วลองอีกครั้ง`,
      en: `The key records do not fit together: ${what}. Nothing was stored; reload the page and try again.`,
    }),
  noPersonalKey: () =>
    refuse(409, 'personal_key_missing', {
      th: 'ยังไม่มีกุญแจส่วนตัว: สร้างกุญแจส่วนตัวด้วยวลีรหัสผ่านของคุณก่อน',
      en: 'There is no personal key yet: make your personal key with your passphrase first.',
    }),
  deskExists: () =>
    refuse(409, 'desk_exists', {
      th: 'โต๊ะรับเรื่องตั้งค่าไว้แล้ว โหลดหน้าใหม่แล้วปลดล็อกด้วยวลีรหัสผ่าน หรือขอให้ผู้ถือกุญแจมอบกุญแจให้คุณ',
      en: 'The case desk is already set up. Reload the page and unlock it with your passphrase, or ask a key holder to give you the key.',
    }),
  deskNotSetUp: () =>
    refuse(409, 'desk_not_set_up', {
      th: 'ยังไม่ได้ตั้งค่าโต๊ะรับเรื่อง: ผู้ประสานงานคนแรกต้องสร้างกุญแจโต๊ะรับเรื่องก่อน',
      en: 'The case desk is not set up yet: the first coordinator must create the desk key first.',
    }),
  notACoordinator: () =>
    refuse(400, 'recipient_not_coordinator', {
      th: 'มอบกุญแจได้เฉพาะผู้ประสานงานที่ยังใช้งานอยู่และสร้างกุญแจส่วนตัวแล้ว',
      en: 'The desk key can be given only to an active coordinator who has made a personal key.',
    }),
  holderNotFound: () =>
    refuse(404, 'holder_not_found', {
      th: 'ผู้นี้ไม่ได้ถือกุญแจโต๊ะรับเรื่อง โหลดหน้าใหม่เพื่อดูรายชื่อล่าสุด',
      en: 'This person does not hold the desk key. Reload the page for the current list.',
    }),
  cannotRevokeRecovery: () =>
    refuse(409, 'recovery_key_not_revocable', {
      th: 'ถอนกุญแจกู้คืนไม่ได้: เป็นทางเดียวที่จะเปิดเรื่องแจ้งได้ถ้าทุกคนลืมวลีรหัสผ่าน',
      en: 'The recovery key cannot be revoked: it is the only way to open reports if everyone forgets their passphrase.',
    }),
  lastHolder: () =>
    refuse(409, 'last_holder', {
      th: 'ถอนกุญแจจากผู้ถือคนสุดท้ายไม่ได้: มอบกุญแจให้ผู้ประสานงานอีกคนก่อน',
      en: 'The last person holding the desk key cannot be removed: give the key to another coordinator first.',
    }),
  holdersChanged: () =>
    refuse(409, 'desk_holders_changed', {
      th: 'รายชื่อผู้ถือกุญแจเปลี่ยนไประหว่างนี้ กุญแจใหม่ต้องมอบให้ทุกคนที่ถืออยู่และกุญแจกู้คืน โหลดหน้าใหม่แล้วสร้างกุญแจใหม่อีกครั้ง',
      en: 'The key holders changed meanwhile: a new desk key must be given to every current holder and the recovery key. Reload the page and rotate again.',
    }),
  deskKeyExists: () =>
    refuse(409, 'desk_key_exists', {
      th: 'มีกุญแจโต๊ะรับเรื่องรหัสนี้อยู่แล้ว โหลดหน้าใหม่แล้วลองอีกครั้ง',
      en: 'A desk key with this id exists already. Reload the page and try again.',
    }),
  unknownDeskKey: () =>
    refuse(400, 'unknown_desk_key', {
      th: 'ไม่รู้จักกุญแจโต๊ะรับเรื่องที่อ้างถึง โหลดหน้าใหม่แล้วลองอีกครั้ง',
      en: 'The desk key this refers to is not known here. Reload the page and try again.',
    }),
  reportNotFound: () =>
    refuse(404, 'report_not_found', {
      th: 'ไม่พบเรื่องแจ้งนี้ อาจถูกลบไปแล้ว โหลดรายการใหม่',
      en: 'This report was not found; it may have been deleted. Reload the list.',
    }),
  reportNotClosed: () =>
    refuse(409, 'report_not_closed', {
      th: 'ลบได้เฉพาะเรื่องที่ปิดแล้ว: ปิดเรื่องก่อน แล้วจึงลบ',
      en: 'Only a closed report can be deleted: close it first, then delete it.',
    }),
  noFollowUp: () =>
    refuse(409, 'no_follow_up', {
      th: 'ผู้แจ้งไม่ได้ขอรหัสติดตามเรื่อง จึงส่งข้อความถึงเขาไม่ได้',
      en: 'The resident did not ask for a follow-up code, so no message can reach them.',
    }),
}
