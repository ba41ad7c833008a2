import { DATABASE_NAME } from '@/data/database'
import { VOLUNTEER_DATABASE_NAME } from '@/volunteer/data/volunteerDataExists'

// Leaving practice mode leaves no demo record on the phone: every IndexedDB database of this origin
// (the app's, volunteer mode's, any other), every cache, localStorage and sessionStorage.

/** Where `indexedDB.databases()` is missing (older browsers), the databases the app is known to make. */
const KNOWN_DATABASES = [DATABASE_NAME, VOLUNTEER_DATABASE_NAME]
/** A deletion blocked by a connection that never closes must not keep the person waiting. */
const DELETE_LIMIT_MS = 5_000

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  // Dexie closes its own connections when another asks to delete the database ("versionchange").
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => resolve()
  })
}

async function databaseNames(factory: IDBFactory): Promise<string[]> {
  const listed = typeof factory.databases === 'function' ? await factory.databases().catch(() => []) : []
  return [...new Set([...KNOWN_DATABASES, ...listed.flatMap(({ name }) => (name ? [name] : []))])]
}

async function deleteCaches(): Promise<void> {
  // The Cache API exists only in secure contexts: a plain-http workshop phone has none.
  if (typeof caches === 'undefined') return
  await Promise.all((await caches.keys()).map((name) => caches.delete(name)))
}

/** Deletes every IndexedDB database, cache and web storage entry of this origin; resolves when done (or after the time limit). */
export async function wipeOriginStorage(factory: IDBFactory = indexedDB): Promise<void> {
  localStorage.clear()
  sessionStorage.clear()
  const deletions = Promise.all([...(await databaseNames(factory)).map((name) => deleteDatabase(factory, name)), deleteCaches().catch(() => undefined)])
  await Promise.race([deletions, new Promise((resolve) => setTimeout(resolve, DELETE_LIMIT_MS))])
}
