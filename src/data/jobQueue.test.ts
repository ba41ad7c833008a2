import Dexie, { type EntityTable } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { enqueueJob, flushJobs, type JobFlushOptions, type JobOutcome, type QueuedJob } from './jobQueue'

type TestJob = QueuedJob<'check' | 'edit', { n: number }>

class QueueDb extends Dexie {
  jobs!: EntityTable<TestJob, 'id'>
  constructor(name: string) {
    super(name)
    this.version(1).stores({ jobs: 'id, createdAt', settings: 'key' })
  }
}

let count = 0
const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})
function queue(): QueueDb {
  count += 1
  const db = new QueueDb(`job-queue-test-${count}`)
  opened.push(db)
  return db
}

const options = (overrides: Partial<JobFlushOptions> = {}): JobFlushOptions => ({
  now: () => 1_000,
  random: () => 0,
  dueOnly: false,
  lockName: 'test-jobs',
  sendTimeoutMs: 1_000,
  ...overrides,
})

/** A sender answering each job with the next scripted outcome, recording the ids it was given. */
function scripted(outcomes: JobOutcome[]) {
  const tried: string[] = []
  const send = async (job: TestJob): Promise<JobOutcome> => {
    tried.push(`${job.tag}:${job.id}`)
    return outcomes.shift() ?? { kind: 'retry' }
  }
  return { send, tried }
}

describe('the tagged job queue', () => {
  it('sends jobs oldest first, each once, and removes what was sent', async () => {
    const db = queue()
    await enqueueJob(db.jobs, { id: 'b', tag: 'edit', payload: { n: 2 } }, 20)
    await enqueueJob(db.jobs, { id: 'a', tag: 'check', payload: { n: 1 } }, 10)
    const sender = scripted([{ kind: 'sent' }, { kind: 'sent' }])
    const result = await flushJobs(db.jobs, sender.send, options())
    expect(sender.tried).toEqual(['check:a', 'edit:b'])
    expect(result).toMatchObject({ sent: ['a', 'b'], waiting: 0, nextAttemptAt: null })
    expect(await db.jobs.count()).toBe(0)
    const again = scripted([])
    await flushJobs(db.jobs, again.send, options())
    expect(again.tried).toEqual([])
  })

  it('keeps a job that got no answer and waits before the next try', async () => {
    const db = queue()
    await enqueueJob(db.jobs, { id: 'a', tag: 'check', payload: { n: 1 } }, 10)
    const result = await flushJobs(db.jobs, scripted([{ kind: 'retry' }]).send, options())
    expect(result).toMatchObject({ sent: [], waiting: 1, nextAttemptAt: 1_000 + 2_500 })
    const timer = scripted([])
    await flushJobs(db.jobs, timer.send, options({ dueOnly: true }))
    expect(timer.tried).toEqual([])
    expect(await db.jobs.get('a')).toMatchObject({ attempts: 1, state: 'waiting' })
  })

  it('holds a refused job and sets aside a conflict with the server detail, then sends the rest', async () => {
    const db = queue()
    await enqueueJob(db.jobs, { id: 'a', tag: 'edit', payload: { n: 1 } }, 10)
    await enqueueJob(db.jobs, { id: 'b', tag: 'edit', payload: { n: 2 } }, 20)
    await enqueueJob(db.jobs, { id: 'c', tag: 'check', payload: { n: 3 } }, 30)
    const outcomes: JobOutcome[] = [
      { kind: 'held', status: 400, detail: 'bad phone' },
      { kind: 'needs_person', status: 409, detail: { current: 1 } },
      { kind: 'sent' },
    ]
    const result = await flushJobs(db.jobs, scripted(outcomes).send, options())
    expect(result.sent).toEqual(['c'])
    expect(await db.jobs.get('a')).toMatchObject({ state: 'held', lastStatus: 400, detail: 'bad phone' })
    expect(await db.jobs.get('b')).toMatchObject({ state: 'needs_person', detail: { current: 1 } })
    const later = scripted([])
    await flushJobs(db.jobs, later.send, options())
    expect(later.tried).toEqual([])
  })

  it('stops at a signed-out answer, keeping that job and every later one as they were', async () => {
    const db = queue()
    await enqueueJob(db.jobs, { id: 'a', tag: 'check', payload: { n: 1 } }, 10)
    await enqueueJob(db.jobs, { id: 'b', tag: 'check', payload: { n: 2 } }, 20)
    const sender = scripted([{ kind: 'stop', status: 401 }])
    const result = await flushJobs(db.jobs, sender.send, options())
    expect(sender.tried).toEqual(['check:a'])
    expect(result).toMatchObject({ stopped: true, waiting: 2 })
    expect((await db.jobs.toArray()).map((job) => [job.id, job.attempts])).toEqual([['a', 0], ['b', 0]])
  })
})
