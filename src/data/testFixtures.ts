// Test helpers for the offline store: throwaway databases and a scripted fetch.
import { afterEach, beforeEach, vi } from 'vitest'
import { manifestFor } from '@/domain/datasetUpdate.fixtures'
import type { Dataset } from '@common/place'
import { SafeSpaceDb } from './database'

let databaseCount = 0

/** A database no other test touches; delete it in afterEach. */
export function freshDatabase(): SafeSpaceDb {
  databaseCount += 1
  return new SafeSpaceDb(`test-safe-space-map-${databaseCount}`)
}

/**
 * Call at the top of a test file: each test gets a fresh database, deleted after it with every spy
 * restored. Returns a function giving the running test's database.
 */
export function useFreshDatabase(): () => SafeSpaceDb {
  let db: SafeSpaceDb | undefined
  beforeEach(() => {
    db = freshDatabase()
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await db?.delete()
  })
  return () => {
    if (!db) throw new Error('useFreshDatabase: the database exists only inside a test')
    return db
  }
}

export type FakeRoute = { status: number; body: string; contentType?: string } | 'offline'

/** A fetch that answers only the given URLs (anything else is a 404) and records what was asked. */
export function fakeFetch(routes: Record<string, FakeRoute>): { fetch: typeof fetch; requested: string[] } {
  const requested: string[] = []
  const fetchFn = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input)
    requested.push(url)
    const route = routes[url]
    if (route === 'offline') throw new TypeError('Failed to fetch')
    if (!route) return new Response('not found', { status: 404 })
    return new Response(route.body, { status: route.status, headers: route.contentType ? { 'content-type': route.contentType } : {} })
  }
  return { fetch: fetchFn as typeof fetch, requested }
}

/** Routes serving a manifest and its dataset under `/` (the app's base URL in tests). */
export function servedDataset(dataset: Dataset, body = JSON.stringify(dataset)): Record<string, FakeRoute> {
  const manifest = manifestFor(dataset)
  return {
    '/data/manifest.json': { status: 200, body: JSON.stringify(manifest) },
    [`/data/${manifest.file}`]: { status: 200, body },
  }
}
