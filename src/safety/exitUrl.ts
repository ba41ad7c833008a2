import type { LocalizedText } from '@common/place'
import { DEFAULT_EXIT_URL } from '@/domain/deployment'

export type ExitUrlCheck = { ok: true; url: string } | { ok: false; problem: LocalizedText }

const EXAMPLE = DEFAULT_EXIT_URL

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
  thisApp: {
    th: 'ที่อยู่นี้คือแอปนี้เอง ปุ่มออกทันทีต้องพาไปเว็บอื่นที่ดูธรรมดา เช่น เว็บพยากรณ์อากาศหรือข่าว',
    en: 'This is the address of this app. Exit now must open another, ordinary website, such as weather or news.',
  },
} satisfies Record<string, LocalizedText>

// "www.tmd.go.th" typed on a phone keyboard means https://www.tmd.go.th.
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i

/** Checks an address the person typed for the quick-exit page: https only, never this app itself. */
export function checkExitUrl(input: string, appOrigin: string): ExitUrlCheck {
  const typed = input.trim()
  if (typed === '') return { ok: false, problem: PROBLEMS.empty }
  let url: URL
  try {
    url = new URL(HAS_SCHEME.test(typed) ? typed : `https://${typed}`)
  } catch {
    return { ok: false, problem: PROBLEMS.invalid }
  }
  if (url.protocol !== 'https:') return { ok: false, problem: PROBLEMS.notHttps }
  if (!url.hostname.includes('.')) return { ok: false, problem: PROBLEMS.invalid }
  if (url.origin === appOrigin) return { ok: false, problem: PROBLEMS.thisApp }
  return { ok: true, url: url.href }
}

function isHttps(url: string | null | undefined): url is string {
  if (!url) return false
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/** Where quick exit goes: the person's own page, else the build's VITE_EXIT_URL, else a Thai weather page. */
export function pickExitUrl(personal: string | null, configured: string | undefined): string {
  return [personal, configured].find(isHttps) ?? DEFAULT_EXIT_URL
}
