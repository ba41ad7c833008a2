import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ProposalInput, WorkingPlaceView } from '@common/volunteer/api'
import { testSourcePlace } from '@common/volunteer/testPlace'
import { VOLUNTEER_DATABASE_NAME } from '../data/volunteerDb'
import { useVolunteerSession } from './volunteerSession'

const view: WorkingPlaceView = { place: testSourcePlace(), updatedAt: '2026-11-20T00:00:00Z', checks: {} }
const account = { id: 7, username: 'somchai', role: 'volunteer', createdAt: '2026-11-01T00:00:00Z', disabledAt: null }

/** A server stub: sign-in, the working set, my proposals; proposals answer as `online` says. */
function stubServer() {
  const state = { online: true, proposals: [] as ProposalInput[] }
  const json = (body: unknown, status = 200) => Response.json(body, { status })
  vi.stubGlobal('fetch', async (path: string, init?: RequestInit) => {
    if (!state.online) throw new TypeError('Failed to fetch')
    if (path === '/api/staff/sign-in') return json({ account })
    if (path === '/api/staff/sign-out') return new Response(null, { status: 204 })
    if (path === '/api/staff/places') return json({ places: [view] })
    if (path.startsWith('/api/staff/proposals?mine=1')) return json({ proposals: [] })
    if (path === '/api/staff/proposals') {
      const input = JSON.parse(String(init?.body)) as ProposalInput
      state.proposals.push(input)
      return json({ clientId: input.clientId, id: state.proposals.length }, 201)
    }
    return json({ code: 'not_found', message: { th: 'ไม่พบ', en: 'Not found' } }, 404)
  })
  return state
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(async () => {
  vi.unstubAllGlobals()
  await Dexie.delete(VOLUNTEER_DATABASE_NAME)
})

describe('the volunteer session', () => {
  it('sends a check queued offline once, when the network returns', async () => {
    const server = stubServer()
    const session = useVolunteerSession()
    expect(await session.signIn('somchai', 'a long pass phrase')).toBeNull()
    expect(session.places).toEqual([view])
    server.online = false
    await session.checkPlace(view, [{ fact: 'phone', ok: true }])
    await vi.waitFor(() => expect(session.jobs).toHaveLength(1))
    server.online = true
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(session.jobs).toHaveLength(0))
    window.dispatchEvent(new Event('online'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(server.proposals.map((input) => input.kind)).toEqual(['check'])
    await session.signOut()
  })

  it('signing out with unsent work says how many would be lost, then leaves no volunteer database', async () => {
    const server = stubServer()
    const session = useVolunteerSession()
    await session.signIn('somchai', 'a long pass phrase')
    server.online = false
    await session.proposePlace(view.place, testSourcePlace({ name: { th: 'ชื่อใหม่' } }))
    expect(await session.signOut()).toEqual({ done: false, unsent: 1 })
    expect(await Dexie.exists(VOLUNTEER_DATABASE_NAME)).toBe(true)
    expect(await session.signOut(1)).toEqual({ done: true, serverReached: false })
    expect(await Dexie.exists(VOLUNTEER_DATABASE_NAME)).toBe(false)
    expect(session.status).toBe('signedOut')
    expect(session.signedOutNow).toBe('serverMissed')
  })

  it('opens as it was left, offline, until signed out; a phone without volunteer work gets no database', async () => {
    const session = useVolunteerSession()
    await session.start()
    expect(session.status).toBe('signedOut')
    expect(await Dexie.exists(VOLUNTEER_DATABASE_NAME)).toBe(false)
    stubServer()
    await session.signIn('somchai', 'a long pass phrase')
    setActivePinia(createPinia())
    const reopened = useVolunteerSession()
    await reopened.start()
    expect(reopened.status).toBe('signedIn')
    expect(reopened.account?.username).toBe('somchai')
    await reopened.signOut()
    await session.signOut()
  })
})
