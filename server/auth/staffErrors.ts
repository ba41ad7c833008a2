import type { LocalizedText } from '@common/place'
import { ApiError } from '../http/errors'

/** The staff API's refusals: stable codes, and what went wrong and what to do in Thai and English. */
export const staffErrors = {
  signedOut: () =>
    new ApiError(401, 'signed_out', {
      th: 'ยังไม่ได้เข้าสู่ระบบ หรือการเข้าสู่ระบบหมดเวลาแล้ว เข้าสู่ระบบอีกครั้ง',
      en: 'You are not signed in, or your session has ended. Sign in again.',
    }),
  forbidden: () =>
    new ApiError(403, 'forbidden', {
      th: 'บทบาทของคุณทำสิ่งนี้ไม่ได้ ถ้าต้องใช้ ขอให้ผู้ดูแลระบบเปลี่ยนบทบาทให้',
      en: 'Your role cannot do this. If you need to, ask an administrator to change your role.',
    }),
  // One answer for an unknown name, a wrong password and a disabled account: nobody learns which names exist.
  signInFailed: () =>
    new ApiError(401, 'sign_in_failed', {
      th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง ตรวจตัวพิมพ์และภาษาของแป้นพิมพ์แล้วลองใหม่',
      en: 'The user name or password is wrong. Check the keyboard language and caps lock, and try again.',
    }),
  signInRateLimited: () =>
    new ApiError(429, 'sign_in_rate_limited', {
      th: 'ลองเข้าสู่ระบบหลายครั้งเกินไป รอ 15 นาทีแล้วลองใหม่ ถ้าลืมรหัสผ่าน ติดต่อผู้ดูแลระบบ',
      en: 'Too many sign-in attempts. Wait 15 minutes and try again; if you forgot the password, contact an administrator.',
    }),
  setupLinkNotUsable: () =>
    new ApiError(410, 'setup_link_not_usable', {
      th: 'ลิงก์ตั้งค่านี้ใช้ไม่ได้แล้ว (ใช้ไปแล้ว หมดอายุ หรือมีผู้ดูแลระบบแล้ว) ถ้ายังไม่มีผู้ดูแลระบบ เริ่มเซิร์ฟเวอร์ใหม่เพื่อรับลิงก์ใหม่',
      en: 'This set-up link no longer works (used, expired, or an administrator exists). If there is no administrator yet, restart the server for a new link.',
    }),
  inviteNotUsable: () =>
    new ApiError(410, 'invite_not_usable', {
      th: 'ลิงก์คำเชิญนี้ใช้ไม่ได้แล้ว (ใช้ไปแล้วหรือหมดอายุ) ขอลิงก์ใหม่จากผู้ดูแลระบบ',
      en: 'This invitation link no longer works (used or expired). Ask an administrator for a new one.',
    }),
  usernameTaken: () =>
    new ApiError(409, 'username_taken', {
      th: 'ชื่อผู้ใช้นี้มีอยู่แล้ว เลือกชื่ออื่น',
      en: 'This user name is already taken. Choose another.',
    }),
  accountNotFound: () =>
    new ApiError(404, 'account_not_found', {
      th: 'ไม่พบบัญชีนี้ โหลดรายชื่อใหม่แล้วลองอีกครั้ง',
      en: 'There is no such account. Reload the list and try again.',
    }),
  notOnYourself: () =>
    new ApiError(409, 'not_on_yourself', {
      th: 'เปลี่ยนบทบาทหรือปิดใช้บัญชีของตัวเองไม่ได้ ให้ผู้ดูแลระบบอีกคนทำ',
      en: 'You cannot change the role of, or disable, your own account. Ask another administrator.',
    }),
  accountDisabled: () =>
    new ApiError(409, 'account_disabled', {
      th: 'บัญชีนี้ถูกปิดใช้แล้ว เปลี่ยนบทบาทไม่ได้',
      en: 'This account is disabled; its role cannot be changed.',
    }),
  wrongCurrentPassword: () =>
    new ApiError(403, 'wrong_current_password', {
      th: 'รหัสผ่านปัจจุบันไม่ถูกต้อง รหัสผ่านจึงยังไม่เปลี่ยน',
      en: 'The current password is wrong, so the password was not changed.',
    }),
  invalid: (code: string, text: LocalizedText & { en: string }) => new ApiError(400, code, text),
}
