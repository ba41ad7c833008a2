import Dexie from 'dexie'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { LocalizedText } from '@common/place'
import type { FactCheckAnswer, ProposalInput, ProposalView, WorkingPlaceView } from '@common/volunteer/api'
import type { SourcePlace } from '@common/placeSource'
import { VOLUNTEER_DATABASE_NAME, VolunteerDb, volunteerDataExists, type StoredAccount, type VolunteerJob } from '../data/volunteerDb'
import { volunteerApi } from '../data/volunteerApi'
import { startVolunteerSync, type VolunteerSync } from '../data/volunteerSync'
import * as repository from '../data/volunteerRepository'
import { randomUuid } from '@/safety/crypto/random'

/** What signing out came to: done, or jobs that could not be sent and would be lost. */
export type SignOutResult = { done: true; serverReached: boolean } | { done: false; unsent: number }

function proposalsOf(data: unknown): ProposalView[] {
  if (Array.isArray(data)) return data as ProposalView[]
  const list = (data as { proposals?: unknown } | null)?.proposals
  return Array.isArray(list) ? (list as ProposalView[]) : []
}

/**
 * Volunteer mode: who is signed in, the working set, the queued checks and edits and the outcome
 * of the volunteer's proposals. Everything lives in the volunteer's own database (`VolunteerDb`),
 * which sign-out deletes; the database and the sender live in this closure, never in state.
 */
export const useVolunteerSession = defineStore('volunteerSession', () => {
  const status = ref<'checking' | 'signedOut' | 'signedIn'>('checking')
  const account = ref<StoredAccount | null>(null)
  /** The server no longer knows this session (expired, ended elsewhere): sign in again; jobs are kept. */
  const sessionEnded = ref(false)
  /** After signing out: whether the server heard it (offline, only the phone's data was removed). */
  const signedOutNow = ref<'done' | 'serverMissed' | null>(null)
  const places = shallowRef<WorkingPlaceView[]>([])
  const jobs = shallowRef<VolunteerJob[]>([])
  const proposals = shallowRef<ProposalView[]>([])
  let db: VolunteerDb | undefined
  let sync: VolunteerSync | undefined

  function database(): VolunteerDb {
    db ??= new VolunteerDb()
    return db
  }

  async function reloadLocal(): Promise<void> {
    const store = database()
    ;[places.value, jobs.value, proposals.value] = await Promise.all([repository.readWorkingSet(store), repository.readJobs(store), repository.readProposals(store)])
  }

  function startSync(): void {
    sync ??= startVolunteerSync(database(), (result) => {
      if (result.stopped) sessionEnded.value = true
      void reloadLocal().then(() => (result.sent.length > 0 ? loadProposals() : undefined))
    })
  }

  /** Opens volunteer mode as it was left; creates no database when this phone has no volunteer work. */
  async function start(): Promise<void> {
    if (status.value === 'signedIn') return
    const stored = (await volunteerDataExists()) ? await repository.readAccount(database()) : null
    if (!stored) {
      status.value = 'signedOut'
      return
    }
    account.value = stored
    status.value = 'signedIn'
    await reloadLocal()
    startSync()
    void refresh()
  }

  /** Signs in; a different volunteer's leftover data on this phone is removed first. Returns the problem, or null. */
  async function signIn(username: string, password: string): Promise<{ code: string; problem: Required<LocalizedText> | null } | null> {
    const answer = await volunteerApi.signIn(username, password)
    if (!answer.ok) return { code: answer.code, problem: answer.problem }
    const who = answer.data.account
    if (account.value && account.value.id !== who.id) await wipeLocal()
    await repository.saveAccount(database(), who)
    account.value = who
    sessionEnded.value = false
    signedOutNow.value = null
    status.value = 'signedIn'
    await reloadLocal()
    startSync()
    void sync?.request('online')
    await refresh()
    return null
  }

  async function loadProposals(): Promise<void> {
    const answer = await volunteerApi.myProposals()
    if (answer.ok) await repository.replaceProposals(database(), proposalsOf(answer.data))
    else if (answer.status === 401) sessionEnded.value = true
    await reloadLocal()
  }

  /** Loads the working set and the proposals' outcomes from the server (when it answers). */
  async function refresh(): Promise<void> {
    const answer = await volunteerApi.workingSet()
    if (answer.ok) await repository.replaceWorkingSet(database(), answer.data.places)
    else if (answer.status === 401) sessionEnded.value = true
    await loadProposals()
  }

  async function queue(input: ProposalInput): Promise<void> {
    await repository.queueProposal(database(), input)
    await reloadLocal()
    void sync?.request('queued')
  }

  /** Queues a check of a place as loaded: every fact right, or which are wrong and why. */
  function checkPlace(view: WorkingPlaceView, answers: FactCheckAnswer[]): Promise<void> {
    return queue({ kind: 'check', clientId: randomUuid(), placeId: view.place.properties.id, baseUpdatedAt: view.updatedAt, answers })
  }

  /** Queues an edit of a place as loaded (`base`), or a new place when there is none. */
  function proposePlace(base: SourcePlace | null, proposed: SourcePlace, comment?: string): Promise<void> {
    const clientId = randomUuid()
    const extra = comment ? { comment } : {}
    if (!base) return queue({ kind: 'add', clientId, proposed, ...extra })
    return queue({ kind: 'edit', clientId, placeId: base.properties.id, base, proposed, ...extra })
  }

  /** Queues a proposal to remove a place as loaded (closed, or never there); the reason is required. */
  function proposeRemoval(view: WorkingPlaceView, reason: string): Promise<void> {
    return queue({ kind: 'remove', clientId: randomUuid(), placeId: view.place.properties.id, base: view.place, comment: reason.trim() })
  }

  /** Replaces a job set aside by a conflict with the volunteer's settled proposal (a new clientId). */
  async function settleJob(oldId: string, input: ProposalInput): Promise<void> {
    await repository.replaceJob(database(), oldId, input)
    await reloadLocal()
    void sync?.request('queued')
  }

  /** Removes one job the volunteer chose to give up (a refused proposal, a conflict they drop). */
  async function discardJob(id: string): Promise<void> {
    await database().jobs.delete(id)
    await reloadLocal()
  }

  async function wipeLocal(): Promise<void> {
    sync?.stop()
    sync = undefined
    db?.close()
    db = undefined
    await Dexie.delete(VOLUNTEER_DATABASE_NAME)
    account.value = null
    places.value = []
    jobs.value = []
    proposals.value = []
  }

  /**
   * Signs out: sends what is waiting first; if some cannot be sent, says how many unless the
   * volunteer already confirmed losing exactly that many. Then ends the session and deletes the
   * volunteer's database, so no trace of volunteer work is left on the phone.
   */
  async function signOut(confirmedLoss = 0): Promise<SignOutResult> {
    if (jobs.value.length > 0) {
      await sync?.request('online')
      await reloadLocal()
    }
    const unsent = jobs.value.length
    if (unsent > 0 && unsent !== confirmedLoss) return { done: false, unsent }
    const answer = await volunteerApi.signOut()
    await wipeLocal()
    sessionEnded.value = false
    signedOutNow.value = answer.ok ? 'done' : 'serverMissed'
    status.value = 'signedOut'
    return { done: true, serverReached: answer.ok }
  }

  return { status, account, sessionEnded, signedOutNow, places, jobs, proposals, start, signIn, refresh, checkPlace, proposePlace, proposeRemoval, settleJob, discardJob, signOut }
})
