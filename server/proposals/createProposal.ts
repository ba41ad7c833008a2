import { bangkokDay } from '@common/day'
import type { SourcePlace } from '@common/placeSource'
import { validatePlaceChange, type PlaceRulesContext } from '@common/validation'
import type { FactCheckAnswer, ProposalInput, ProposalView } from '@common/volunteer/api'
import { applyCheck, isSensitiveProposal, proposalPolicyProblems, sameSourcePlace } from '@common/volunteer/review'
import type { Kysely } from 'kysely'
import { recordAudit } from '../auth/audit'
import type { Database } from '../db/schema'
import { findWorkingPlace, readWorkingSet, workingPlaceView } from '../places/workingSet'
import { PlaceConflictError, PlaceProblemsError, proposalErrors } from './proposalErrors'
import { findProposalByClientId } from './proposalViews'

interface Author {
  id: number
}

/** What a proposal stores besides who and when. */
interface ProposalContent {
  placeId: string
  before: SourcePlace | null
  after: SourcePlace | null
  answers: FactCheckAnswer[] | null
  comment: string | null
}

/** The current working place an edit, removal or check is about (404 when it is gone). */
async function currentPlace(db: Kysely<Database>, placeId: string) {
  const row = await findWorkingPlace(db, placeId)
  if (!row) throw proposalErrors.placeNotFound()
  return row
}

/** Refuses a proposed place the shared rules or the proposal policy refuse, with every problem. */
export async function requireValidPlace(db: Kysely<Database>, before: SourcePlace | null, proposed: SourcePlace, rules: PlaceRulesContext): Promise<void> {
  const others = (await readWorkingSet(db)).map((row) => row.source).filter((place) => before === null || place.properties.id !== before.properties.id)
  const problems = [...proposalPolicyProblems(before, proposed), ...validatePlaceChange(proposed, others, rules)]
  if (problems.length > 0) throw new PlaceProblemsError(problems)
}

/** Checks a proposal against the working set; what it stores, or the refusal (invalid, conflict, gone). */
async function proposalContent(db: Kysely<Database>, input: ProposalInput, now: Date, rules: PlaceRulesContext): Promise<ProposalContent> {
  switch (input.kind) {
    case 'check': {
      if (input.answers.length === 0 || new Set(input.answers.map((a) => a.fact)).size !== input.answers.length) throw proposalErrors.duplicateFacts()
      const row = await currentPlace(db, input.placeId)
      if (Date.parse(input.baseUpdatedAt) !== row.updated_at.getTime()) throw new PlaceConflictError(workingPlaceView(row))
      return { placeId: input.placeId, before: row.source, after: applyCheck(row.source, input.answers, bangkokDay(now)), answers: input.answers, comment: null }
    }
    case 'edit': {
      const row = await currentPlace(db, input.placeId)
      if (!sameSourcePlace(input.base, row.source)) throw new PlaceConflictError(workingPlaceView(row))
      await requireValidPlace(db, row.source, input.proposed, rules)
      return { placeId: input.placeId, before: row.source, after: input.proposed, answers: null, comment: input.comment ?? null }
    }
    case 'add':
      await requireValidPlace(db, null, input.proposed, rules)
      return { placeId: input.proposed.properties.id, before: null, after: input.proposed, answers: null, comment: input.comment ?? null }
    case 'remove': {
      const row = await currentPlace(db, input.placeId)
      if (!sameSourcePlace(input.base, row.source)) throw new PlaceConflictError(workingPlaceView(row))
      return { placeId: input.placeId, before: row.source, after: null, answers: null, comment: input.comment }
    }
  }
}

/**
 * Stores a volunteer's proposal, or finds the one this author already stored under the same
 * clientId (a retried send: `created` false, nothing checked again). Audited. Run it in a transaction.
 */
export async function createProposal(trx: Kysely<Database>, author: Author, input: ProposalInput, now: Date, rules: PlaceRulesContext): Promise<{ proposal: ProposalView; created: boolean }> {
  const earlier = await findProposalByClientId(trx, author.id, input.clientId)
  if (earlier) return { proposal: earlier, created: false }
  const content = await proposalContent(trx, input, now, rules)
  const inserted = await trx
    .insertInto('proposals')
    .values({
      client_id: input.clientId,
      author_id: author.id,
      kind: input.kind,
      place_id: content.placeId,
      created_at: now,
      before: content.before && JSON.stringify(content.before),
      after: content.after && JSON.stringify(content.after),
      answers: content.answers && JSON.stringify(content.answers),
      comment: content.comment,
      sensitive: isSensitiveProposal(input.kind, content.before, content.after),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await recordAudit(trx, { action: 'proposal_created', actorId: author.id, detail: { proposal: String(inserted.id), kind: input.kind } }, now)
  const proposal = await findProposalByClientId(trx, author.id, input.clientId)
  if (!proposal) throw new Error('the proposal just stored is not there')
  return { proposal, created: true }
}
