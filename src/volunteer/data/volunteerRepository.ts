import { enqueueJob } from '@/data/jobQueue'
import type { ProposalInput, ProposalView, WorkingPlaceView } from '@common/volunteer/api'
import { ACCOUNT_KEY, type StoredAccount, type VolunteerDb, type VolunteerJob } from './volunteerDb'

/** The volunteer this phone's volunteer data belongs to, or null. */
export async function readAccount(db: VolunteerDb): Promise<StoredAccount | null> {
  return ((await db.settings.get(ACCOUNT_KEY))?.value as StoredAccount | undefined) ?? null
}

/** Remembers who signed in, so volunteer mode opens offline until they sign out. */
export async function saveAccount(db: VolunteerDb, account: StoredAccount): Promise<void> {
  await db.settings.put({ key: ACCOUNT_KEY, value: account })
}

/** Replaces the stored working set with the server's (one transaction: all new or all old). */
export async function replaceWorkingSet(db: VolunteerDb, views: readonly WorkingPlaceView[]): Promise<void> {
  await db.transaction('rw', db.places, async () => {
    await db.places.clear()
    await db.places.bulkPut(views.map((view) => ({ id: view.place.properties.id, view })))
  })
}

export async function readWorkingSet(db: VolunteerDb): Promise<WorkingPlaceView[]> {
  return (await db.places.toArray()).map((row) => row.view)
}

/** Replaces the stored outcomes of the volunteer's proposals with the server's. */
export async function replaceProposals(db: VolunteerDb, proposals: readonly ProposalView[]): Promise<void> {
  await db.transaction('rw', db.proposals, async () => {
    await db.proposals.clear()
    await db.proposals.bulkPut([...proposals])
  })
}

/** The volunteer's proposals, newest first. */
export async function readProposals(db: VolunteerDb): Promise<ProposalView[]> {
  return (await db.proposals.toArray()).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
}

/** Queues a proposal to send; its clientId is the job's id. */
export async function queueProposal(db: VolunteerDb, input: ProposalInput, now: number = Date.now()): Promise<void> {
  await enqueueJob(db.jobs, { id: input.clientId, tag: input.kind, payload: input }, now)
}

/** Every job still on the phone, oldest first: waiting, held or set aside for the volunteer. */
export async function readJobs(db: VolunteerDb): Promise<VolunteerJob[]> {
  return db.jobs.orderBy('createdAt').toArray()
}

/** Replaces a job set aside (a conflict) with the volunteer's settled proposal, in one transaction. */
export async function replaceJob(db: VolunteerDb, oldId: string, input: ProposalInput, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.jobs, async () => {
    await db.jobs.delete(oldId)
    await queueProposal(db, input, now)
  })
}
