import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SafeSpaceDb } from './database'
import { readSetting } from './settingsRepository'
import { ensurePersistentStorage, type PersistentStorageApi } from './storagePersistence'
import { freshDatabase } from './testFixtures'

/** A storage manager that answers `persist()` with `grants` and counts how often it was asked. */
function fakeStorage(grants: boolean | Error): PersistentStorageApi & { asked: number } {
  let persisted = false
  return {
    asked: 0,
    async persisted() {
      return persisted
    },
    async persist() {
      this.asked += 1
      if (grants instanceof Error) throw grants
      persisted = grants
      return grants
    },
  }
}

let db: SafeSpaceDb
beforeEach(() => {
  db = freshDatabase()
})
afterEach(async () => {
  await db.delete()
})

describe('ensurePersistentStorage', () => {
  it('asks once and reports a granted request', async () => {
    const storage = fakeStorage(true)
    expect(await ensurePersistentStorage(db, storage)).toEqual({ persisted: true, refusedNow: false })
    expect(await ensurePersistentStorage(db, storage)).toEqual({ persisted: true, refusedNow: false })
    expect(storage.asked).toBe(1)
  })

  it('reports a refusal once and never asks again', async () => {
    const storage = fakeStorage(false)
    expect(await ensurePersistentStorage(db, storage)).toEqual({ persisted: false, refusedNow: true })
    expect(await readSetting(db, 'persistenceAsked')).toBe(true)
    expect(await ensurePersistentStorage(db, storage)).toEqual({ persisted: false, refusedNow: false })
    expect(storage.asked).toBe(1)
  })

  it('copes with a browser that throws', async () => {
    expect(await ensurePersistentStorage(db, fakeStorage(new Error('not allowed')))).toEqual({ persisted: false, refusedNow: false })
  })

  it('says nothing where the browser has no storage manager', async () => {
    expect(await ensurePersistentStorage(db, null)).toEqual({ persisted: undefined, refusedNow: false })
  })
})
