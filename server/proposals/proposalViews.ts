import type { ProposalStatus, ProposalView } from '@common/volunteer/api'
import type { Kysely } from 'kysely'
import type { Database, ProposalRow } from '../db/schema'

type ProposalWithNames = ProposalRow & { author: string; decider: string | null }

function selectProposals(db: Kysely<Database>) {
  return db
    .selectFrom('proposals as proposal')
    .innerJoin('staff_accounts as author', 'author.id', 'proposal.author_id')
    .leftJoin('staff_accounts as decider', 'decider.id', 'proposal.decided_by')
    .selectAll('proposal')
    .select(['author.username as author', 'decider.username as decider'])
}

/** A stored proposal as the review queue and its author see it. */
export function proposalView(row: ProposalWithNames): ProposalView {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    placeId: row.place_id,
    status: row.status,
    author: row.author,
    createdAt: row.created_at.toISOString(),
    before: row.before,
    after: row.after,
    answers: row.answers,
    comment: row.comment,
    sensitive: row.sensitive,
    decidedBy: row.decider,
    decidedAt: row.decided_at?.toISOString() ?? null,
    rejectionReason: row.rejection_reason,
    publishedVersion: row.published_version,
  }
}

/** The most proposals one list answers with. */
export const PROPOSAL_LIST_LIMIT = 500

/** One proposal by id. */
export async function findProposalView(db: Kysely<Database>, id: number): Promise<ProposalView | undefined> {
  const row = await selectProposals(db).where('proposal.id', '=', id).executeTakeFirst()
  return row && proposalView(row)
}

/** The proposal an author already sent with this clientId, if any. */
export async function findProposalByClientId(db: Kysely<Database>, authorId: number, clientId: string): Promise<ProposalView | undefined> {
  const row = await selectProposals(db).where('proposal.author_id', '=', authorId).where('proposal.client_id', '=', clientId).executeTakeFirst()
  return row && proposalView(row)
}

/** An author's proposals with their outcome, newest first. */
export async function proposalsOfAuthor(db: Kysely<Database>, authorId: number): Promise<ProposalView[]> {
  const rows = await selectProposals(db).where('proposal.author_id', '=', authorId).orderBy('proposal.id', 'desc').limit(PROPOSAL_LIST_LIMIT).execute()
  return rows.map(proposalView)
}

/** Proposals in one state: pending ones oldest first (the queue), decided ones newest first. */
export async function proposalsWithStatus(db: Kysely<Database>, status: ProposalStatus): Promise<ProposalView[]> {
  const rows = await selectProposals(db)
    .where('proposal.status', '=', status)
    .orderBy('proposal.id', status === 'pending' ? 'asc' : 'desc')
    .limit(PROPOSAL_LIST_LIMIT)
    .execute()
  return rows.map(proposalView)
}
