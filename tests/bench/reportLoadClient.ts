// The load generator of the report intake bench, in its own process so it does not share the
// server's event loop: `node --import tsx tests/bench/reportLoadClient.ts` with a JSON job on stdin.
// Seals every report first (the resident app's own code), then sends them from `clients` concurrent
// clients, each from its own forwarded address, and prints one JSON line of latencies.
import { text } from 'node:stream/consumers'
import { sealReport } from '../../src/safety/reportEncryption'
import type { CaseDeskKey } from '../../src/domain/report/runtimeConfig'

export interface LoadJob {
  url: string
  deskKey: CaseDeskKey
  reports: number
  clients: number
}

export interface LoadResult {
  latenciesMs: number[]
  acknowledged: number
  failures: string[]
  wallMs: number
}

async function run(job: LoadJob): Promise<LoadResult> {
  const bodies = await Promise.all(Array.from({ length: job.reports }, (_, index) => sealReport({ bench: index, text: 'x'.repeat(index % 500) }, job.deskKey).then((envelope) => JSON.stringify(envelope))))
  const latenciesMs: number[] = []
  const failures: string[] = []
  let acknowledged = 0
  let next = 0
  const client = async (clientIndex: number) => {
    const address = `198.18.${Math.floor(clientIndex / 250)}.${(clientIndex % 250) + 1}`
    for (let index = next++; index < job.reports; index = next++) {
      const key = crypto.randomUUID()
      const started = performance.now()
      const response = await fetch(job.url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-forwarded-for': address }, body: bodies[index] })
      const answer = (await response.json()) as { stored?: boolean; idempotencyKey?: string }
      latenciesMs.push(performance.now() - started)
      if (response.status === 201 && answer.stored === true && answer.idempotencyKey === key) acknowledged++
      else if (failures.length < 5) failures.push(`${response.status} ${JSON.stringify(answer)}`)
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: job.clients }, (_, index) => client(index)))
  return { latenciesMs, acknowledged, failures, wallMs: performance.now() - started }
}

const job = JSON.parse(await text(process.stdin)) as LoadJob
process.stdout.write(`${JSON.stringify(await run(job))}\n`)
