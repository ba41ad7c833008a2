import { randomBytes } from 'node:crypto'
import autocannon from 'autocannon'
import { loadConfig } from '../../server/config'
import { startServer } from '../../server/start'
import { createDatabase, dropDatabase, freshDatabaseName, withDatabase } from '../../server/testing/postgres'

const CONNECTIONS = 50
const SECONDS = 5

interface Figures {
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
}

/** A bounded load on one URL from this machine (loopback only): warm-up, then SECONDS at 50 connections. */
async function load(url: string): Promise<Figures> {
  await autocannon({ url, connections: 10, amount: 200 })
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS })
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

async function loadBoth(baseUrl: string): Promise<Record<string, Figures>> {
  const manifest = (await (await fetch(`${baseUrl}data/manifest.json`)).json()) as { file: string }
  return {
    'GET /api/config': await load(`${baseUrl}api/config`),
    'GET /data/dataset.<hash>.json': await load(`${baseUrl}data/${manifest.file}`),
  }
}

/** The API on a throwaway database of the PostgreSQL in DATABASE_URL (dropped after). */
async function onPostgres(databaseUrl: string): Promise<Record<string, Figures>> {
  const name = freshDatabaseName('ssm_bench')
  await createDatabase(databaseUrl, name)
  try {
    const server = await startServer(loadConfig({ PORT: '0', DATABASE_URL: withDatabase(databaseUrl, name), FOLLOW_UP_PEPPER: randomBytes(32).toString('base64') }), { log: false })
    try {
      return await loadBoth(server.url)
    } finally {
      await server.close()
    }
  } finally {
    await dropDatabase(databaseUrl, name)
  }
}

/**
 * Requests/s and latency of /api/config and the dataset at 50 connections, on the embedded PGlite
 * (the server at `pgliteUrl`) and, when DATABASE_URL is set, on that PostgreSQL. About 25 s in all.
 */
export async function benchServerLoad(pgliteUrl: string): Promise<void> {
  const backends: Record<string, Record<string, Figures>> = { PGlite: await loadBoth(pgliteUrl) }
  const databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) backends.PostgreSQL = await onPostgres(databaseUrl)
  else console.log('  (set DATABASE_URL to a PostgreSQL to measure it too)')

  console.log(`\nServer under load (${CONNECTIONS} connections, ${SECONDS} s each, loopback; goal p99 < 50 ms)`)
  console.log(`  ${'route'.padEnd(40)} ${'backend'.padEnd(11)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p99'.padStart(7)}  errors`)
  const routes = Object.keys(backends.PGlite!)
  for (const [index, route] of routes.entries()) {
    for (const [backend, figures] of Object.entries(backends)) {
      const row = Object.values(figures)[index]!
      console.log(
        `  ${route.padEnd(40)} ${backend.padEnd(11)} ${row.requestsPerSecond.toFixed(0).padStart(7)} ${`${row.p50} ms`.padStart(7)} ${`${row.p99} ms`.padStart(7)}  ${row.errors}`,
      )
    }
  }
}
