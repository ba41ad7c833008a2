import { isAbsolute, relative, resolve } from 'node:path'
import { WORKSHOP_EXIT_PATH } from '@common/workshop/api'
import { ConfigError, DEFAULTS, type ConfigProblem, type ServerConfig } from '../config'

/** How `npm run workshop` runs: where, on which port, with which database, and the public install address. */
export interface WorkshopSettings {
  server: ServerConfig
  /** WORKSHOP_PUBLIC_URL: the real app's https address to install at home, or null. */
  publicInstallUrl: string | null
}

/** A memorable default port that does not collide with `npm start`'s 8080. */
export const WORKSHOP_DEFAULT_PORT = 8800
/** Every interface: phones in the room open the laptop's LAN address. */
export const WORKSHOP_DEFAULT_HOST = '0.0.0.0'
/** Beside the normal database's folder, never inside it (a backup of DATA_DIR would carry it along). */
export const WORKSHOP_DEFAULT_DATA_DIR = './.data-workshop'

type Env = Record<string, string | undefined>

const refusal = (variable: string, th: string, en: string): ConfigProblem => ({ variable, message: { th, en } })

/** Reads `--host <address>` / `--port <n>` (or `--host=…`) from the command line. */
export function readWorkshopArguments(argv: readonly string[]): { host?: string; port?: string; problems: ConfigProblem[] } {
  const found: { host?: string; port?: string } = {}
  const problems: ConfigProblem[] = []
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2) as [string, string | undefined]
    const name = flag === '--host' ? 'host' : flag === '--port' ? 'port' : undefined
    const value = inline ?? (name ? argv[++i] : undefined)
    if (name && value !== undefined && value !== '') found[name] = value
    else problems.push(refusal(flag || 'argument', `ไม่รู้จัก "${argv[i] ?? ''}": ใช้ได้เฉพาะ --host <ที่อยู่> และ --port <พอร์ต>`, `Unknown "${argv[i] ?? ''}": only --host <address> and --port <number> are understood`))
  }
  return { ...found, problems }
}

function inside(parent: string, child: string): boolean {
  const path = relative(parent, child)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

function readPublicInstallUrl(value: string | undefined): { url: string | null; problem?: ConfigProblem } {
  if (value === undefined || value === '') return { url: null }
  const wrong = refusal(
    'WORKSHOP_PUBLIC_URL',
    `WORKSHOP_PUBLIC_URL=${JSON.stringify(value)}: ต้องเป็นที่อยู่ https:// ของแอปจริง เช่น https://map.example.org/ (โทรศัพท์ติดตั้งแอปได้เฉพาะจาก https) หรือเว้นว่างไว้เพื่อไม่แสดงคิวอาร์โค้ดสำหรับติดตั้ง`,
    `WORKSHOP_PUBLIC_URL=${JSON.stringify(value)}: must be the real app's https:// address, e.g. https://map.example.org/ (phones install only from https), or unset to show no install QR code`,
  )
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' || url.username || url.password || url.hash) return { url: null, problem: wrong }
    return { url: url.href }
  } catch {
    return { url: null, problem: wrong }
  }
}

/**
 * The workshop server's settings. Refuses, in Thai and English, anything that could touch real
 * data: DATABASE_URL set, or a workshop folder that is (or is inside, or holds) the normal server's
 * DATA_DIR. PUBLIC_ORIGIN and the build's tile host are not used: phones come over plain http to
 * the laptop, and nothing the workshop shows comes from another host.
 */
export function loadWorkshopSettings(env: Env, argv: readonly string[] = [], cwd: string = process.cwd()): WorkshopSettings {
  const args = readWorkshopArguments(argv)
  const problems = [...args.problems]
  if (env.DATABASE_URL) {
    problems.push(
      refusal(
        'DATABASE_URL',
        'DATABASE_URL ถูกตั้งไว้: โหมดอบรมใช้ฐานข้อมูลตัวอย่างของตัวเองเสมอ จะไม่แตะฐานข้อมูลจริง ยกเลิกตัวแปรนี้ (unset DATABASE_URL) แล้วเริ่มใหม่',
        'DATABASE_URL is set: workshop mode always uses its own demo database and never touches a real one. Unset DATABASE_URL and start again.',
      ),
    )
  }
  const realDataDir = resolve(cwd, env.DATA_DIR || DEFAULTS.dataDir)
  const dataDir = resolve(cwd, env.WORKSHOP_DATA_DIR || WORKSHOP_DEFAULT_DATA_DIR)
  if (inside(realDataDir, dataDir) || inside(dataDir, realDataDir)) {
    problems.push(
      refusal(
        'WORKSHOP_DATA_DIR',
        `WORKSHOP_DATA_DIR=${JSON.stringify(dataDir)} ทับกับฐานข้อมูลจริง (DATA_DIR=${JSON.stringify(realDataDir)}): เลือกโฟลเดอร์อื่นที่ไม่อยู่ในหรือครอบโฟลเดอร์นั้น เช่น ${WORKSHOP_DEFAULT_DATA_DIR}`,
        `WORKSHOP_DATA_DIR=${JSON.stringify(dataDir)} overlaps the real database (DATA_DIR=${JSON.stringify(realDataDir)}): choose a folder neither inside nor around it, e.g. ${WORKSHOP_DEFAULT_DATA_DIR}`,
      ),
    )
  }
  const publicInstall = readPublicInstallUrl(env.WORKSHOP_PUBLIC_URL)
  if (publicInstall.problem) problems.push(publicInstall.problem)
  const port = Number(args.port ?? env.WORKSHOP_PORT ?? WORKSHOP_DEFAULT_PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(refusal('WORKSHOP_PORT', `พอร์ต ${JSON.stringify(args.port ?? env.WORKSHOP_PORT)}: ต้องเป็นจำนวนเต็ม 0–65535 (ค่าเริ่มต้น ${WORKSHOP_DEFAULT_PORT})`, `Port ${JSON.stringify(args.port ?? env.WORKSHOP_PORT)}: must be a whole number 0–65535 (default ${WORKSHOP_DEFAULT_PORT})`))
  }
  const host = args.host ?? env.WORKSHOP_HOST ?? WORKSHOP_DEFAULT_HOST
  if (!/^[0-9.]+$|^[0-9A-Fa-f:]+$|^localhost$/.test(host)) {
    problems.push(refusal('WORKSHOP_HOST', `WORKSHOP_HOST=${JSON.stringify(host)}: ต้องเป็นที่อยู่ IP เช่น 0.0.0.0 (ทุกเครือข่าย) หรือ 127.0.0.2 (ทดสอบ)`, `WORKSHOP_HOST=${JSON.stringify(host)}: must be an IP address, e.g. 0.0.0.0 (every network) or 127.0.0.2 (tests)`))
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return {
    server: {
      port,
      host,
      dataDir,
      reportRetentionDays: DEFAULTS.reportRetentionDays,
      trustProxy: false,
      // No tile host (the app draws its offline basemap; the Content-Security-Policy then allows no
      // other host) and an exit page the laptop serves: the room may have no internet at all.
      deployment: { tileUrl: '', exitUrl: WORKSHOP_EXIT_PATH },
    },
    publicInstallUrl: publicInstall.url,
  }
}
