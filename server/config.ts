import { resolve } from 'node:path'
import type { LocalizedText } from '@common/place'
import { deploymentSettings, tileOrigin, type DeploymentSettings } from '@/domain/deployment'
import { reportApiSource } from '@/safety/contentSecurityPolicy'

/** The server's settings, read once at start from environment variables by `loadConfig`. */
export interface ServerConfig {
  port: number
  host: string
  /** The PGlite folder (absolute); unused when `databaseUrl` is set. */
  dataDir: string
  /** A PostgreSQL connection string; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string
  /** The address people reach the app at (scheme://host[:port]); https turns on HSTS. */
  publicOrigin?: string
  reportRetentionDays: number
  /**
   * FOLLOW_UP_PEPPER: the key follow-up lookups are stored under (HMAC), kept outside the database.
   * Required with DATABASE_URL; with PGlite, absent means a random file in DATA_DIR (server/desk/followUpPepper.ts).
   */
  followUpPepper?: string
  /** Fastify's trustProxy: false, true, a hop count, or a list of addresses/CIDRs of trusted proxies. */
  trustProxy: boolean | number | string[]
  /** The build's deployment settings (VITE_TILE_URL, VITE_EXIT_URL, VITE_REPORT_API_ORIGIN). */
  deployment: DeploymentSettings
}

/** One variable with a value the server cannot use, and what is allowed instead. */
export interface ConfigProblem {
  variable: string
  message: Required<LocalizedText>
}

/** Thrown by `loadConfig` with every problem found, so one start names them all. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(({ message }) => `${message.th}\n${message.en}`).join('\n'))
    this.name = 'ConfigError'
  }
}

export const DEFAULTS = { port: 8080, host: '127.0.0.1', dataDir: './.data', reportRetentionDays: 90 } as const

type Env = Record<string, string | undefined>
type Read<T> = { ok: true; value: T } | { ok: false; problem: ConfigProblem }

const problem = (variable: string, value: string, th: string, en: string): Read<never> => ({
  ok: false,
  problem: { variable, message: { th: `${variable}=${JSON.stringify(value)}: ${th}`, en: `${variable}=${JSON.stringify(value)}: ${en}` } },
})

function readInteger(env: Env, variable: string, fallback: number, min: number, max: number): Read<number> {
  const value = env[variable]
  if (value === undefined || value === '') return { ok: true, value: fallback }
  const number = /^\d+$/.test(value) ? Number(value) : NaN
  if (Number.isInteger(number) && number >= min && number <= max) return { ok: true, value: number }
  return problem(variable, value, `ต้องเป็นจำนวนเต็มตั้งแต่ ${min} ถึง ${max} (ค่าเริ่มต้น ${fallback})`, `must be a whole number from ${min} to ${max} (default ${fallback})`)
}

const HOST_NAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/
const IPV6 = /^[0-9A-Fa-f:.]+$/

function readHost(env: Env): Read<string> {
  const value = env.HOST
  if (value === undefined || value === '') return { ok: true, value: DEFAULTS.host }
  if (HOST_NAME.test(value) || (value.includes(':') && IPV6.test(value))) return { ok: true, value }
  return problem('HOST', value, 'ต้องเป็นที่อยู่ IP หรือชื่อเครื่อง เช่น 127.0.0.1 (เครื่องนี้เท่านั้น) หรือ 0.0.0.0 (ทุกเครือข่าย)', 'must be an IP address or host name, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every network)')
}

function readDatabaseUrl(env: Env): Read<string | undefined> {
  const value = env.DATABASE_URL
  if (value === undefined || value === '') return { ok: true, value: undefined }
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url && (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.pathname.length > 1) return { ok: true, value }
  // The value may hold a password: name the variable, never echo it.
  return {
    ok: false,
    problem: {
      variable: 'DATABASE_URL',
      message: {
        th: 'DATABASE_URL: ต้องเป็น postgres://ผู้ใช้:รหัสผ่าน@เครื่อง:พอร์ต/ชื่อฐานข้อมูล หรือเว้นว่างเพื่อใช้ฐานข้อมูลในตัว (PGlite)',
        en: 'DATABASE_URL: must be postgres://user:password@host:port/database, or unset for the embedded database (PGlite)',
      },
    },
  }
}

function readPublicOrigin(env: Env): Read<string | undefined> {
  const value = env.PUBLIC_ORIGIN
  if (value === undefined || value === '') return { ok: true, value: undefined }
  const wrong = problem('PUBLIC_ORIGIN', value, 'ต้องเป็นต้นทาง http:// หรือ https:// ที่ไม่มีทางเดิน เช่น https://map.example.org', 'must be an http:// or https:// origin without a path, e.g. https://map.example.org')
  try {
    const url = new URL(value)
    const isOrigin = (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/' && !url.search && !url.hash && !url.username
    return isOrigin ? { ok: true, value: url.origin } : wrong
  } catch {
    return wrong
  }
}

/** Shortest FOLLOW_UP_PEPPER accepted: `openssl rand -base64 32` gives 44 characters. */
export const MIN_PEPPER_LENGTH = 32

// The value is a secret: messages name the variable, never echo it.
function readFollowUpPepper(env: Env, databaseUrl: string | undefined): Read<string | undefined> {
  const value = env.FOLLOW_UP_PEPPER
  const refuse = (th: string, en: string): Read<never> => ({ ok: false, problem: { variable: 'FOLLOW_UP_PEPPER', message: { th: `FOLLOW_UP_PEPPER: ${th}`, en: `FOLLOW_UP_PEPPER: ${en}` } } })
  if (value === undefined || value === '') {
    if (databaseUrl === undefined) return { ok: true, value: undefined }
    return refuse(
      'ต้องตั้งค่าเมื่อใช้ DATABASE_URL: เป็นกุญแจลับที่เก็บนอกฐานข้อมูลสำหรับรหัสติดตามเรื่อง สร้างด้วย openssl rand -base64 32 แล้วเก็บไว้ให้ปลอดภัย (ถ้าเปลี่ยน รหัสติดตามเดิมทั้งหมดจะใช้ไม่ได้)',
      'required with DATABASE_URL: the secret key, kept outside the database, that follow-up codes are stored under. Make one with `openssl rand -base64 32` and keep it safe (changing it makes every existing follow-up code stop working)',
    )
  }
  if (value.length < MIN_PEPPER_LENGTH || !/^[\x21-\x7e]+$/.test(value)) {
    return refuse(`ต้องยาวอย่างน้อย ${MIN_PEPPER_LENGTH} ตัวอักษร ไม่มีช่องว่าง เช่น ผลของ openssl rand -base64 32`, `must be at least ${MIN_PEPPER_LENGTH} characters without spaces, e.g. the output of \`openssl rand -base64 32\``)
  }
  return { ok: true, value }
}

function readTrustProxy(env: Env): Read<ServerConfig['trustProxy']> {
  const value = env.TRUST_PROXY
  if (value === undefined || value === '' || value === 'false') return { ok: true, value: false }
  if (value === 'true') return { ok: true, value: true }
  if (/^\d{1,2}$/.test(value)) return { ok: true, value: Number(value) }
  const addresses = value.split(',').map((part) => part.trim())
  if (addresses.every((address) => /^[0-9A-Fa-f:.]+(?:\/\d{1,3})?$/.test(address) && /[.:]/.test(address))) return { ok: true, value: addresses }
  return problem('TRUST_PROXY', value, 'ต้องเป็น false, true, จำนวนพร็อกซีข้างหน้า (เช่น 1) หรือรายการที่อยู่ IP/CIDR คั่นด้วยจุลภาค เช่น 10.0.0.0/8,127.0.0.1', 'must be false, true, the number of proxies in front (e.g. 1) or a comma-separated list of IP addresses/CIDRs, e.g. 10.0.0.0/8,127.0.0.1')
}

function readDeployment(env: Env): Read<DeploymentSettings> {
  const settings = deploymentSettings(env)
  try {
    tileOrigin(settings.tileUrl)
  } catch {
    return problem('VITE_TILE_URL', settings.tileUrl, 'ต้องเป็นแม่แบบ URL ของแผ่นแผนที่จากเครื่องเดียว เช่น https://tile.example.org/{z}/{x}/{y}.png (ไม่ใช้ {s})', 'must be a tile URL template on one host, e.g. https://tile.example.org/{z}/{x}/{y}.png (no {s})')
  }
  if (!/^https:\/\//.test(settings.exitUrl)) {
    return problem('VITE_EXIT_URL', settings.exitUrl, 'ต้องเป็นที่อยู่ https:// ของหน้าเว็บที่ดูเป็นกลาง', 'must be the https:// address of a neutral web page')
  }
  if (settings.reportApiOrigin !== undefined) {
    try {
      reportApiSource(settings.reportApiOrigin)
    } catch {
      return problem('VITE_REPORT_API_ORIGIN', settings.reportApiOrigin, 'ต้องเป็นต้นทาง https:// ที่ไม่มีทางเดิน', 'must be an https:// origin without a path')
    }
  }
  return { ok: true, value: settings }
}

/**
 * Reads and checks every setting. Throws a ConfigError naming each bad variable and what is
 * allowed, in Thai and English; the server does not start with a value it would misread.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): ServerConfig {
  const port = readInteger(env, 'PORT', DEFAULTS.port, 0, 65535)
  const host = readHost(env)
  const databaseUrl = readDatabaseUrl(env)
  const publicOrigin = readPublicOrigin(env)
  const retention = readInteger(env, 'REPORT_RETENTION_DAYS', DEFAULTS.reportRetentionDays, 1, 3650)
  const trustProxy = readTrustProxy(env)
  const deployment = readDeployment(env)
  const followUpPepper = readFollowUpPepper(env, databaseUrl.ok ? databaseUrl.value : undefined)
  const dataDir = env.DATA_DIR === undefined || env.DATA_DIR === '' ? DEFAULTS.dataDir : env.DATA_DIR
  const reads = [port, host, databaseUrl, publicOrigin, retention, trustProxy, deployment, followUpPepper]
  const problems = reads.flatMap((read) => (read.ok ? [] : [read.problem]))
  if (problems.length > 0) throw new ConfigError(problems)
  const value = <T>(read: Read<T>): T => (read as { value: T }).value
  return {
    port: value(port),
    host: value(host),
    dataDir: resolve(cwd, dataDir),
    databaseUrl: value(databaseUrl),
    publicOrigin: value(publicOrigin),
    reportRetentionDays: value(retention),
    followUpPepper: value(followUpPepper),
    trustProxy: value(trustProxy),
    deployment: value(deployment),
  }
}
