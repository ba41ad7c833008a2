import type { LocalizedText } from '@common/place'
import { parseRuntimeConfig, reportChannel, type ReportChannel } from '@/domain/report/runtimeConfig'
import { loadCryptoSuite } from '@/safety/crypto/cryptoSuite'

/** The report channel, or why the configuration could not be read at all. */
export type LoadedReportChannel = ReportChannel | { status: 'unreachable'; problem: Required<LocalizedText> }

/**
 * The server's GET /api/config, or undefined when there is no server (a static host answers
 * 404 or its index.html, and offline nothing answers): then config.json is read instead.
 */
export async function fetchServerConfig(fetchFn: typeof fetch = fetch, baseUrl: string = import.meta.env.BASE_URL): Promise<unknown> {
  try {
    const response = await fetchFn(`${baseUrl}api/config`, { cache: 'no-store', credentials: 'omit' })
    const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false
    return response.ok && isJson ? await response.json() : undefined
  } catch {
    return undefined
  }
}

/**
 * Reads the deployment's settings (the server's /api/config, else config.json served with the
 * app and changed without a rebuild) and says what the report form can do with them. Fetched
 * when needed, never at start-up unless a report waits in the outbox.
 */
export async function loadReportChannel(
  fetchFn: typeof fetch = fetch,
  baseUrl: string = import.meta.env.BASE_URL,
  appOrigin: string = location.origin,
): Promise<LoadedReportChannel> {
  const served = await fetchServerConfig(fetchFn, baseUrl)
  if (served !== undefined) return withUsableKey(reportChannel(parseRuntimeConfig(served, appOrigin)))
  let response: Response
  try {
    response = await fetchFn(`${baseUrl}config.json`, { cache: 'no-cache', credentials: 'omit' })
  } catch {
    return {
      status: 'unreachable',
      problem: { th: 'โหลดการตั้งค่าไม่ได้ ลองใหม่เมื่อต่ออินเทอร์เน็ตได้', en: 'Could not load the settings. Try again when you are online.' },
    }
  }
  if (!response.ok) {
    return {
      status: 'invalid',
      problem: { th: `ไม่พบ config.json (HTTP ${response.status}): วางไฟล์ไว้คู่กับแอป`, en: `config.json not found (HTTP ${response.status}): deploy it with the app` },
    }
  }
  let content: unknown
  try {
    content = await response.json()
  } catch {
    return { status: 'invalid', problem: { th: 'config.json ไม่ใช่ JSON ที่ถูกต้อง', en: 'config.json is not valid JSON' } }
  }
  return withUsableKey(reportChannel(parseRuntimeConfig(content, appOrigin)))
}

// A key with the right shape can still be no point on the curve: find out now, so the form says it
// cannot send instead of failing at submit.
async function withUsableKey(channel: ReportChannel): Promise<ReportChannel> {
  if (channel.status !== 'ready') return channel
  try {
    await (await loadCryptoSuite()).assertP256PublicKey(channel.key.publicKeyJwk)
    return channel
  } catch {
    const { id } = channel.key
    return {
      status: 'invalid',
      problem: {
        th: `caseDeskKeys[0] ("${id}") ไม่ใช่กุญแจสาธารณะ P-256 ที่ใช้ได้ (จุดไม่อยู่บนเส้นโค้ง): ใส่กุญแจสาธารณะจริงของทีมดูแลเคส`,
        en: `caseDeskKeys[0] ("${id}") is not a valid P-256 public key (the point is not on the curve): publish the case desk's real public key`,
      },
    }
  }
}
