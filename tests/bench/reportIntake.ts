import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DeskKeyRecord } from '../../common/desk/records'
import type { EcPublicJwk } from '../../common/report/wire'
import { loadConfig } from '../../server/config'
import { startServer, type RunningServer } from '../../server/start'
import { createDatabase, dropDatabase, freshDatabaseName, withDatabase } from '../../server/testing/postgres'
import type { LoadJob, LoadResult } from './reportLoadClient'
import { loadLine } from './stats'

// "5,000 reports from 50 concurrent clients on loopback" (issue #9): every one stored exactly once
// (counted in the database), latency printed. Run alone: `npx tsx tests/bench/reportIntake.ts`.

const REPORTS = 5_000
const CLIENTS = 50

interface Figures {
  backend: string
  acknowledged: number
  rows: number
  distinctKeys: number
  perSecond: number
  p50: number
  p99: number
  max: number
  failures: string[]
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

/** A desk key the reports are sealed to (its private half is not needed: nobody reads them). */
async function benchDeskKey(): Promise<DeskKeyRecord> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey)
  const publicKeyJwk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: x ?? '', y: y ?? '' }
  return { v: 1, id: 'desk-bench', publicKeyJwk, createdAt: new Date().toISOString() }
}

function runClient(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'reportLoadClient.ts')], { stdio: ['pipe', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output) as LoadResult) : reject(new Error(`load client exited with ${code}`))))
    child.stdin.end(JSON.stringify(job))
  })
}

async function measure(backend: string, server: RunningServer): Promise<Figures> {
  const deskKey = await benchDeskKey()
  const db = server.database.db
  await db.insertInto('desk_keys').values({ id: deskKey.id, record: JSON.stringify(deskKey) }).execute()
  const result = await runClient({ url: `${server.url}api/reports`, deskKey: { id: deskKey.id, publicKeyJwk: deskKey.publicKeyJwk }, reports: REPORTS, clients: CLIENTS })
  const counted = await db
    .selectFrom('reports')
    .select((eb) => [eb.fn.countAll<string>().as('rows'), eb.fn.count<string>('idempotency_key_hash').distinct().as('keys')])
    .executeTakeFirstOrThrow()
  const sorted = [...result.latenciesMs].sort((a, b) => a - b)
  return {
    backend,
    acknowledged: result.acknowledged,
    rows: Number(counted.rows),
    distinctKeys: Number(counted.keys),
    perSecond: (result.latenciesMs.length / result.wallMs) * 1000,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    failures: result.failures,
  }
}

// Each client sends from its own address (X-Forwarded-For from loopback), as 50 phones would.
const BENCH_ENV = { PORT: '0', TRUST_PROXY: '127.0.0.1', FOLLOW_UP_PEPPER: randomBytes(32).toString('base64') }

async function onPglite(): Promise<Figures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ssm-bench-reports-'))
  try {
    const server = await startServer(loadConfig({ ...BENCH_ENV, DATA_DIR: dataDir }), { log: false, showSetupLink: () => {} })
    try {
      return await measure('PGlite', server)
    } finally {
      await server.close()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function onPostgres(databaseUrl: string): Promise<Figures> {
  const name = freshDatabaseName('ssm_bench_reports')
  await createDatabase(databaseUrl, name)
  try {
    const server = await startServer(loadConfig({ ...BENCH_ENV, DATABASE_URL: withDatabase(databaseUrl, name) }), { log: false, showSetupLink: () => {} })
    try {
      return await measure('PostgreSQL', server)
    } finally {
      await server.close()
    }
  } finally {
    await dropDatabase(databaseUrl, name)
  }
}

/** Prints the intake figures on PGlite and, when DATABASE_URL is set, on that PostgreSQL. */
export async function benchReportIntake(): Promise<void> {
  const before = loadLine()
  const rows = [await onPglite()]
  const databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) rows.push(await onPostgres(databaseUrl))
  else console.log('  (set DATABASE_URL to a PostgreSQL to measure it too)')
  console.log(`\nReport intake: ${REPORTS} reports from ${CLIENTS} concurrent clients (own process), loopback; goal: each stored once, p99 < 50 ms`)
  console.log(`  ${'backend'.padEnd(11)} ${'acked'.padStart(6)} ${'rows'.padStart(6)} ${'keys'.padStart(6)} ${'req/s'.padStart(7)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)}`)
  for (const row of rows) {
    const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9)
    console.log(`  ${row.backend.padEnd(11)} ${String(row.acknowledged).padStart(6)} ${String(row.rows).padStart(6)} ${String(row.distinctKeys).padStart(6)} ${row.perSecond.toFixed(0).padStart(7)} ${ms(row.p50)} ${ms(row.p99)} ${ms(row.max)}`)
    for (const failure of row.failures) console.log(`    failed: ${failure}`)
  }
  console.log(`  load before: ${before}; after: ${loadLine()}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchReportIntake()
