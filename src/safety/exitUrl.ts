import type { LocalizedText } from '@common/place'
import { DEFAULT_EXIT_URL } from '@/domain/deployment'

export type ExitUrlCheck = { ok: true; url: string } | { ok: false; problem: LocalizedText }

const EXAMPLE = DEFAULT_EXIT_URL
/** The longest quick-exit address accepted: longer ones are no ordinary page, and a huge one stalls the screen. */
export const EXIT_URL_MAX_LENGTH = 2_048

const PROBLEMS = {
  empty: {
    th: `ยังไม่ได้ใส่ที่อยู่เว็บ ใส่ที่อยู่ที่ขึ้นต้นด้วย https:// เช่น ${EXAMPLE}`,
    en: `No address yet. Enter one that starts with https://, for example ${EXAMPLE}`,
  },
  invalid: {
    th: `ที่อยู่นี้ไม่ใช่ที่อยู่เว็บ ตรวจตัวสะกด แล้วใส่ให้ขึ้นต้นด้วย https:// เช่น ${EXAMPLE}`,
    en: `This is not a web address. Check the spelling and start it with https://, for example ${EXAMPLE}`,
  },
  notHttps: {
    th: 'ใช้ได้เฉพาะที่อยู่ที่ขึ้นต้นด้วย https:// (เว็บแบบปลอดภัย) เปลี่ยนเป็น https:// หรือเลือกเว็บอื่น',
    en: 'Only addresses that start with https:// (secure websites) work. Change it to https:// or choose another website.',
  },
  tooLong: {
    th: `ที่อยู่นี้ยาวเกิน ${EXIT_URL_MAX_LENGTH} ตัวอักษร ใช้ที่อยู่หน้าแรกของเว็บแทน เช่น ${EXAMPLE}`,
    en: `This address is longer than ${EXIT_URL_MAX_LENGTH} characters. Use the website's front page instead, for example ${EXAMPLE}`,
  },
  credentials: {
    th: 'ที่อยู่นี้มีชื่อผู้ใช้หรือรหัสผ่านอยู่ข้างใน (ส่วนก่อนเครื่องหมาย @) ลบส่วนนั้นออก หรือเลือกเว็บอื่น',
    en: 'This address has a user name or password in it (the part before @). Remove that part, or choose another website.',
  },
  thisApp: {
    th: 'ที่อยู่นี้คือแอปนี้เอง ปุ่มออกทันทีต้องพาไปเว็บอื่นที่ดูธรรมดา เช่น เว็บพยากรณ์อากาศหรือข่าว',
    en: 'This is the address of this app. Exit now must open another, ordinary website, such as weather or news.',
  },
} satisfies Record<string, LocalizedText>

// "www.tmd.go.th" typed on a phone keyboard means https://www.tmd.go.th.
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i

/** Checks an address the person typed for the quick-exit page: https only, never this app itself. */
export function checkExitUrl(input: string, appOrigin: string): ExitUrlCheck {
  // The length first: a pasted megabyte is refused before any trimming or parsing.
  if (input.length > EXIT_URL_MAX_LENGTH * 2) return { ok: false, problem: PROBLEMS.tooLong }
  const typed = input.trim()
  if (typed === '') return { ok: false, problem: PROBLEMS.empty }
  if (typed.length > EXIT_URL_MAX_LENGTH) return { ok: false, problem: PROBLEMS.tooLong }
  let url: URL
  try {
    url = new URL(HAS_SCHEME.test(typed) ? typed : `https://${typed}`)
  } catch {
    return { ok: false, problem: PROBLEMS.invalid }
  }
  if (url.protocol !== 'https:') return { ok: false, problem: PROBLEMS.notHttps }
  if (url.username !== '' || url.password !== '') return { ok: false, problem: PROBLEMS.credentials }
  if (!url.hostname.includes('.')) return { ok: false, problem: PROBLEMS.invalid }
  if (url.href.length > EXIT_URL_MAX_LENGTH) return { ok: false, problem: PROBLEMS.tooLong }
  if (url.origin === appOrigin) return { ok: false, problem: PROBLEMS.thisApp }
  return { ok: true, url: url.href }
}

// Also for a page stored before the length and password checks existed.
function isUsable(url: string | null | undefined): url is string {
  if (!url || url.length > EXIT_URL_MAX_LENGTH) return false
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}

/** Where quick exit goes: the person's own page, else the build's VITE_EXIT_URL, else a Thai weather page. */
export function pickExitUrl(personal: string | null, configured: string | undefined): string {
  return [personal, configured].find(isUsable) ?? DEFAULT_EXIT_URL
}
