/** What went wrong, for code (`code`) and for the coordinator (`th` first, `en` second). */
export interface DeskError {
  code: DeskErrorCode
  th: string
  en: string
}

/** Every desk operation answers with a value, never by throwing on bad input or a wrong secret. */
export type DeskResult<T> = { ok: true; value: T } | { ok: false; error: DeskError }

export type DeskErrorCode =
  | 'passphrase-too-short'
  | 'passphrase-too-long'
  | 'passphrase-too-simple'
  | 'wrong-passphrase'
  | 'record-malformed'
  | 'record-tampered'
  | 'no-grant'
  | 'unknown-desk-key'
  | 'keyring-wiped'
  | 'recovery-holder-missing'
  | 'recovery-holder-not-revocable'
  | 'last-holder'
  | 'recovery-code-character'
  | 'recovery-code-length'
  | 'recovery-code-typo'
  | 'recovery-code-wrong'
  | 'confirmation-mismatch'
  | 'note-unreadable'
  | 'message-unreadable'

/** A successful result. */
export function ok<T>(value: T): DeskResult<T> {
  return { ok: true, value }
}

/** A failed result with the message for `code`. */
export function fail<T>(code: DeskErrorCode, th: string, en: string): DeskResult<T> {
  return { ok: false, error: { code, th, en } }
}

/** The Thai and English messages, one function per error, so every caller says the same thing. */
export const deskErrors = {
  passphraseTooShort: <T>(min: number, actual: number) =>
    fail<T>('passphrase-too-short',
      `รหัสผ่านสั้นเกินไป: ต้องมีอย่างน้อย ${min} ตัวอักษร (ตอนนี้มี ${actual}) ลองใช้หลายคำต่อกัน`,
      `The passphrase is too short: use at least ${min} characters (it has ${actual}). Several words together work well.`),
  passphraseTooLong: <T>(max: number) =>
    fail<T>('passphrase-too-long',
      `รหัสผ่านยาวเกินไป: ใช้ได้ไม่เกิน ${max} ตัวอักษร`,
      `The passphrase is too long: use at most ${max} characters.`),
  passphraseTooSimple: <T>(minDistinct: number) =>
    fail<T>('passphrase-too-simple',
      `รหัสผ่านเดาง่ายเกินไป: ต้องมีตัวอักษรต่างกันอย่างน้อย ${minDistinct} ตัว`,
      `The passphrase is too easy to guess: use at least ${minDistinct} different characters.`),
  wrongPassphrase: <T>() =>
    fail<T>('wrong-passphrase',
      'รหัสผ่านไม่ถูกต้อง (หรือกุญแจที่เก็บไว้ถูกแก้ไข) ลองพิมพ์อีกครั้ง ถ้าจำไม่ได้ ให้ผู้ถือกุญแจอีกคนมอบกุญแจให้ใหม่ หรือใช้รหัสกู้คืน',
      'The passphrase is not right (or the stored key was altered). Type it again; if it is forgotten, ask another key holder to grant the desk key again, or use the recovery code.'),
  recordMalformed: <T>(what: string) =>
    fail<T>('record-malformed',
      `ข้อมูลกุญแจเสียหายหรืออยู่ในรูปแบบที่ไม่รู้จัก (${what}) ไม่มีอะไรถูกเปลี่ยน กรุณาแจ้งผู้ดูแลระบบ`,
      `A stored key record is damaged or in an unknown format (${what}). Nothing was changed; tell the administrator.`),
  recordTampered: <T>(deskKeyId: string) =>
    fail<T>('record-tampered',
      `เปิดกุญแจ ${deskKeyId} ไม่ได้: ข้อมูลถูกแก้ไขหรือไม่ได้มอบให้คุณ ไม่มีอะไรถูกเปลี่ยน กรุณาแจ้งผู้ดูแลระบบ`,
      `Could not open the desk key ${deskKeyId}: its record was altered or was not granted to you. Nothing was changed; tell the administrator.`),
  noGrant: <T>() =>
    fail<T>('no-grant',
      'คุณยังไม่ได้รับกุญแจของโต๊ะรับเรื่อง ขอให้ผู้ถือกุญแจคนอื่นมอบให้',
      'You do not hold the desk key yet: ask a key holder to grant it to you.'),
  unknownDeskKey: <T>(keyId: string) =>
    fail<T>('unknown-desk-key',
      `ไม่มีกุญแจ ${keyId} ในชุดกุญแจที่เปิดอยู่: ข้อมูลนี้เข้ารหัสด้วยกุญแจที่คุณไม่ได้ถือ`,
      `The unlocked keyring has no key ${keyId}: this item was encrypted to a key you do not hold.`),
  keyringWiped: <T>() =>
    fail<T>('keyring-wiped',
      'โต๊ะรับเรื่องล็อกอยู่ กรุณาปลดล็อกด้วยรหัสผ่านของคุณ',
      'The desk is locked: unlock it with your passphrase.'),
  recoveryHolderMissing: <T>() =>
    fail<T>('recovery-holder-missing',
      'กุญแจใหม่ต้องมอบให้กุญแจกู้คืนด้วย มิฉะนั้นรหัสกู้คืนจะเปิดรายงานใหม่ไม่ได้',
      'The new desk key must also be granted to the recovery key, or the recovery code could not open new reports.'),
  recoveryHolderNotRevocable: <T>() =>
    fail<T>('recovery-holder-not-revocable',
      'ยกเลิกกุญแจกู้คืนไม่ได้ เพราะเป็นทางเดียวที่เหลือถ้าทุกคนลืมรหัสผ่าน',
      'The recovery key cannot be revoked: it is the only way back if every holder forgets their passphrase.'),
  lastHolder: <T>() =>
    fail<T>('last-holder',
      'คนนี้เป็นผู้ถือกุญแจคนสุดท้าย มอบกุญแจให้คนอื่นก่อนแล้วจึงยกเลิก',
      'This is the last person holding the desk key: grant it to someone else first, then revoke.'),
  recoveryCodeCharacter: <T>(character: string) =>
    fail<T>('recovery-code-character',
      `รหัสกู้คืนไม่มีตัวอักษร “${character}” ตรวจดูหน้าที่พิมพ์ไว้อีกครั้ง`,
      `Recovery codes have no “${character}”: check the printed page again.`),
  recoveryCodeLength: <T>(expected: number, actual: number) =>
    fail<T>('recovery-code-length',
      `รหัสกู้คืนต้องมี ${expected} ตัวอักษร (ไม่นับขีดและช่องว่าง) ตอนนี้มี ${actual}`,
      `A recovery code has ${expected} characters (not counting dashes and spaces); this has ${actual}.`),
  recoveryCodeTypo: <T>(groups: number[]) =>
    fail<T>('recovery-code-typo',
      `กลุ่มที่ ${groups.join(', ')} มีตัวอักษรพิมพ์ผิด ตรวจดูหน้าที่พิมพ์ไว้อีกครั้ง`,
      `Group ${groups.join(', ')} has a typo: check the printed page again.`),
  recoveryCodeWrong: <T>() =>
    fail<T>('recovery-code-wrong',
      'รหัสกู้คืนนี้เปิดกุญแจกู้คืนของโต๊ะนี้ไม่ได้ ตรวจว่าเป็นรหัสที่พิมพ์ไว้สำหรับโต๊ะนี้',
      'This recovery code does not open this desk’s recovery key: check it is the code printed for this desk.'),
  confirmationMismatch: <T>() =>
    fail<T>('confirmation-mismatch',
      'กลุ่มที่พิมพ์ไม่ตรงกับรหัสกู้คืน ดูหน้าที่พิมพ์หรือเขียนไว้อีกครั้ง การตั้งค่ายังไม่เสร็จ',
      'The groups typed do not match the recovery code: look at the printed or written copy again. Set-up is not finished yet.'),
  noteUnreadable: <T>() =>
    fail<T>('note-unreadable',
      'เปิดบันทึกนี้ไม่ได้: ข้อมูลเสียหายหรือถูกแก้ไข',
      'This note could not be opened: it is damaged or was altered.'),
  messageUnreadable: <T>() =>
    fail<T>('message-unreadable',
      'เปิดข้อความนี้ไม่ได้',
      'This message could not be opened.'),
}
