import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { wipeOriginStorage } from './wipeOrigin'

async function makeDatabase(name: string): Promise<Dexie> {
  const db = new Dexie(name)
  db.version(1).stores({ things: 'id' })
  await db.table('things').put({ id: 'demo', name: 'สถานที่สมมุติ' })
  return db
}

describe('wipeOriginStorage', () => {
  it('deletes every IndexedDB database of the origin, open ones too, and clears local and session storage', async () => {
    const open = await makeDatabase('safe-space-map')
    await makeDatabase('safe-space-map-volunteer').then((db) => db.close())
    await makeDatabase('some-other-store').then((db) => db.close())
    localStorage.setItem('safe-space-map-workshop-session', 's-1')
    sessionStorage.setItem('anything', 'x')

    await wipeOriginStorage()

    expect(await indexedDB.databases()).toEqual([])
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
    // The app's open connection was closed for the deletion, not left holding the old data.
    expect(open.isOpen()).toBe(false)
  })
})
