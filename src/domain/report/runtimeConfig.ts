import type { LocalizedText } from '@common/place'
import { isNonBlankString, isRecord } from '@common/validation/guards'
import type { EcPublicJwk } from '@common/report/wire'

/** A case desk public key. The first key in the list is the one new reports are encrypted to. */
export interface CaseDeskKey {
  id: string
  publicKeyJwk: EcPublicJwk
}

/** public/config.json: settings a deployment changes without rebuilding the app. */
export interface RuntimeConfig {
  /** Where reports are POSTed, as a full address (an https URL, or a path resolved on this site); null when this deployment cannot receive reports. */
  reportEndpoint: string | null
  caseDeskKeys: CaseDeskKey[]
}

/** What the report form can do with a configuration. */
export type ReportChannel =
  | { status: 'ready'; endpoint: string; key: CaseDeskKey }
  | { status: 'not-configured' }
  | { status: 'invalid'; problem: Required<LocalizedText> }

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Required<LocalizedText> }

const fail = (th: string, en: string): { ok: false; problem: Required<LocalizedText> } => ({ ok: false, problem: { th, en } })

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i
// 32 bytes in unpadded base64url.
const COORDINATE = /^[A-Za-z0-9_-]{43}$/

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

// A "path" is resolved as the browser would resolve it: `/\evil.example/x` and `/\t/evil.example`
// look like paths but name another host, so only the resolved origin decides.
function parseEndpoint(value: unknown, appOrigin: string): Parsed<string | null> {
  if (value === null) return { ok: true, value: null }
  const wrong = fail(
    `config.json: reportEndpoint ต้องเป็น null, ที่อยู่ https:// หรือทางเดินบนเว็บนี้ที่ขึ้นต้นด้วย / (ได้ ${JSON.stringify(value)})`,
    `config.json: reportEndpoint must be null, an https:// address or a path on this site starting with / (got ${JSON.stringify(value)})`,
  )
  if (!isNonBlankString(value)) return wrong
  let url: URL
  try {
    url = new URL(value, appOrigin)
  } catch {
    return wrong
  }
  if (url.username !== '' || url.password !== '') return wrong
  if (!HAS_SCHEME.test(value)) return value.startsWith('/') && url.origin === appOrigin ? { ok: true, value: url.href } : wrong
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))
  return allowed ? { ok: true, value: url.href } : wrong
}

function parseKey(value: unknown, index: number): Parsed<CaseDeskKey> {
  const at = `caseDeskKeys[${index}]`
  if (!isRecord(value) || !isNonBlankString(value.id)) {
    return fail(`config.json: ${at} ต้องมี "id" เป็นข้อความ`, `config.json: ${at} needs an "id" string`)
  }
  const jwk = value.publicKeyJwk
  if (!isRecord(jwk)) {
    return fail(`config.json: ${at}.publicKeyJwk ต้องเป็น JWK`, `config.json: ${at}.publicKeyJwk must be a JWK object`)
  }
  if ('d' in jwk) {
    return fail(
      `config.json: ${at} เป็นกุญแจส่วนตัว (มี "d") ห้ามเผยแพร่: ลบออกทันที สร้างกุญแจใหม่ และใส่เฉพาะกุญแจสาธารณะ`,
      `config.json: ${at} is a PRIVATE key (it has "d") and must never be published: remove it now, make a new key pair and publish only the public key`,
    )
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string' || !COORDINATE.test(jwk.x) || !COORDINATE.test(jwk.y)) {
    return fail(
      `config.json: ${at}.publicKeyJwk ต้องเป็นกุญแจสาธารณะ EC P-256 (kty "EC", crv "P-256", x และ y แบบ base64url)`,
      `config.json: ${at}.publicKeyJwk must be an EC P-256 public key (kty "EC", crv "P-256", base64url x and y)`,
    )
  }
  return { ok: true, value: { id: value.id, publicKeyJwk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } } }
}

/**
 * Checks the parsed content of config.json; the problem says what to fix, in Thai and English.
 * `appOrigin` is the app's own origin: a same-site path must resolve to it.
 */
export function parseRuntimeConfig(content: unknown, appOrigin: string): Parsed<RuntimeConfig> {
  if (!isRecord(content)) {
    return fail('config.json ต้องเป็นออบเจกต์ JSON { "reportEndpoint": ..., "caseDeskKeys": [...] }', 'config.json must be a JSON object { "reportEndpoint": ..., "caseDeskKeys": [...] }')
  }
  const endpoint = parseEndpoint(content.reportEndpoint === undefined ? null : content.reportEndpoint, appOrigin)
  if (!endpoint.ok) return endpoint
  const rawKeys = content.caseDeskKeys ?? []
  if (!Array.isArray(rawKeys)) {
    return fail('config.json: caseDeskKeys ต้องเป็นรายการ [...]', 'config.json: caseDeskKeys must be a list [...]')
  }
  const caseDeskKeys: CaseDeskKey[] = []
  for (const [index, raw] of rawKeys.entries()) {
    const key = parseKey(raw, index)
    if (!key.ok) return key
    if (caseDeskKeys.some((known) => known.id === key.value.id)) {
      return fail(`config.json: caseDeskKeys มี id "${key.value.id}" ซ้ำ`, `config.json: caseDeskKeys has the id "${key.value.id}" twice`)
    }
    caseDeskKeys.push(key.value)
  }
  if (endpoint.value !== null && caseDeskKeys.length === 0) {
    return fail(
      'config.json: มี reportEndpoint แต่ไม่มี caseDeskKeys: ใส่กุญแจสาธารณะของทีมดูแลเคส หรือตั้ง reportEndpoint เป็น null',
      'config.json: reportEndpoint is set but caseDeskKeys is empty: add the case desk public key, or set reportEndpoint to null',
    )
  }
  return { ok: true, value: { reportEndpoint: endpoint.value, caseDeskKeys } }
}

/** What the report form can do with the (parsed or failed) configuration. */
export function reportChannel(parsed: Parsed<RuntimeConfig>): ReportChannel {
  if (!parsed.ok) return { status: 'invalid', problem: parsed.problem }
  const [newest] = parsed.value.caseDeskKeys
  if (parsed.value.reportEndpoint === null || newest === undefined) return { status: 'not-configured' }
  return { status: 'ready', endpoint: parsed.value.reportEndpoint, key: newest }
}
