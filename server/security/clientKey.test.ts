import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../testing/testApp'
import { clientKey, utcDay } from './clientKey'
import { hitRateLimit, windowStart } from './rateLimit'

const day1 = new Date('2026-12-01T10:00:00Z')
const day2 = new Date('2026-12-02T10:00:00Z')
const day4 = new Date('2026-12-04T10:00:00Z')

describe('clientKey', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('is the same for one address all day, differs between addresses, and changes the next day', async () => {
    const db = t.database.db
    const morning = await clientKey(db, '203.0.113.7', day1)
    expect(await clientKey(db, '203.0.113.7', new Date('2026-12-01T23:59:00Z'))).toBe(morning)
    expect(await clientKey(db, '203.0.113.8', day1)).not.toBe(morning)
    expect(await clientKey(db, '203.0.113.7', day2)).not.toBe(morning)
    expect(morning).toMatch(/^[0-9a-f]{32}$/)
  })

  it('keeps no address, and forgets the salt of days before yesterday', async () => {
    await clientKey(t.database.db, '203.0.113.7', day4)
    const salts = await sql<{ day: string }>`select to_char(day, 'YYYY-MM-DD') as day from client_key_salts order by day`.execute(t.database.db)
    expect(salts.rows.map((row) => row.day)).toEqual([utcDay(day4)])
  })
})

describe('hitRateLimit', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('allows `limit` hits in a window, then refuses until the next window', async () => {
    const rule = { limit: 3, windowMs: 60_000 }
    const at = new Date('2026-12-01T10:00:30Z')
    const answers = []
    for (let hit = 0; hit < 4; hit++) answers.push((await hitRateLimit(t.database.db, 'test:a', rule, at)).allowed)
    expect(answers).toEqual([true, true, true, false])
    expect((await hitRateLimit(t.database.db, 'test:a', rule, at)).retryAfterSeconds).toBe(30)
    expect((await hitRateLimit(t.database.db, 'test:b', rule, at)).allowed).toBe(true)
    expect((await hitRateLimit(t.database.db, 'test:a', rule, new Date(windowStart(at, rule.windowMs).getTime() + rule.windowMs))).allowed).toBe(true)
  })

  it('counts every one of many parallel hits', async () => {
    const rule = { limit: 1000, windowMs: 60_000 }
    const at = new Date('2026-12-01T11:00:00Z')
    await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(t.database.db, 'test:parallel', rule, at)))
    const row = await t.database.db.selectFrom('rate_limit_counters').select('hits').where('bucket', '=', 'test:parallel').executeTakeFirstOrThrow()
    expect(row.hits).toBe(20)
  })
})
