import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { currentVersion } from './datasets'
import { migrateToLatest } from './migrate'
import { migrations } from './migrations'
import type { OpenDatabase } from './open'
import { seedIfEmpty, SEED_PUBLISHER } from './seed'
import { emptyDatabase, freshDatabase } from '../testing/testApp'

describe('migrations on an empty database', () => {
  let database: OpenDatabase
  beforeAll(async () => {
    database = await emptyDatabase()
  })
  afterAll(() => database.close())

  it('creates every table, then seeds the dataset geo/build makes as published version 1', async () => {
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations))
    expect(await seedIfEmpty(database.db)).toBe(true)
    const version = await currentVersion(database.db)
    expect(version).toMatchObject({ number: 1, published_by: SEED_PUBLISHER })
    const { count } = await database.db.selectFrom('places').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
    // Shelters are stored too (hidden from the map when published): at least as many as published.
    expect(Number(count)).toBeGreaterThanOrEqual(version!.place_count)
  })

  it('does nothing the second time: no migration runs again, no second seed', async () => {
    expect(await migrateToLatest(database.db)).toEqual([])
    expect(await seedIfEmpty(database.db)).toBe(false)
    const { rows } = await sql<{ n: string }>`select count(*) as n from dataset_versions`.execute(database.db)
    expect(Number(rows[0]?.n)).toBe(1)
  })
})

describe('migrations on a seeded database (the template every test starts from)', () => {
  let database: OpenDatabase
  beforeAll(async () => {
    database = await freshDatabase()
  })
  afterAll(() => database.close())

  it('is up to date and keeps its data', async () => {
    const before = await currentVersion(database.db)
    expect(await migrateToLatest(database.db)).toEqual([])
    expect(await currentVersion(database.db)).toEqual(before)
  })

  it('refuses a second dataset version with the same number (versions are immutable history)', async () => {
    const current = await currentVersion(database.db)
    await expect(
      database.db
        .insertInto('dataset_versions')
        .values({ number: current!.number, version: 'x', hash: 'f'.repeat(64), file_name: 'dataset.ffffffff.json', place_count: 0, body: '{}', published_by: 'test' })
        .execute(),
    ).rejects.toThrow()
  })
})
