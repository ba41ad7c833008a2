import type { FastifyInstance } from 'fastify'
import type { ApprovalRequest, ApprovalView, ProposalBatch, ProposalBatchResult, ProposalBatchView, ProposalInput, ProposalStatus, ProposalView, RejectionRequest, WorkingSetView } from '@common/volunteer/api'
import { STAFF_API_PREFIX, signedInAccount } from '../auth/access'
import type { StaffAccountRow } from '../db/schema'
import { ApiError } from '../http/errors'
import { placeRulesContext } from '../places/placeRules'
import { readWorkingSet, workingPlaceView } from '../places/workingSet'
import { createProposal } from '../proposals/createProposal'
import { approveProposal, rejectProposal } from '../proposals/decideProposal'
import { PlaceConflictError, PlaceProblemsError, proposalErrors } from '../proposals/proposalErrors'
import { findProposalByClientId, proposalsOfAuthor, proposalsWithStatus } from '../proposals/proposalViews'
import { APPROVAL_BODY, PROPOSAL_BATCH, PROPOSAL_ID_PARAMS, PROPOSAL_INPUT, PROPOSAL_LIST_QUERY, REJECTION_BODY } from './proposalFields'

const api = (path: string) => `${STAFF_API_PREFIX}${path}`
const COORDINATORS = { staffAccess: ['coordinator'] } as const
/** A single proposal is a place or two; an import is up to MAX_BATCH_PROPOSALS of them (the import's 5 MB limit). */
const PROPOSAL_BODY_LIMIT = 64 * 1024
const BATCH_BODY_LIMIT = 6 * 1024 * 1024
const UNIQUE_VIOLATION = '23505'

/**
 * The volunteers' working set, their proposals and the coordinators' review (issue #10;
 * common/volunteer/api.ts; server/README.md, "Volunteer review").
 */
export async function proposalRoutes(app: FastifyInstance): Promise<void> {
  /** Stores one proposal in its own transaction; a retry (same author and clientId) finds the first. */
  async function store(author: StaffAccountRow, input: ProposalInput): Promise<{ proposal: ProposalView; created: boolean }> {
    const now = app.clock()
    const rules = await placeRulesContext(now)
    try {
      return await app.db.transaction().execute((trx) => createProposal(trx, author, input, now, rules))
    } catch (error) {
      // The same clientId sent twice at once: the second insert lost the race to the first.
      const earlier = (error as { code?: unknown }).code === UNIQUE_VIOLATION ? await findProposalByClientId(app.db, author.id, input.clientId) : undefined
      if (earlier) return { proposal: earlier, created: false }
      throw error
    }
  }

  app.get(api('places'), { config: { staffAccess: ['volunteer', 'coordinator', 'admin'] } }, async (): Promise<WorkingSetView> => {
    return { places: (await readWorkingSet(app.db)).map(workingPlaceView) }
  })

  app.post<{ Body: ProposalInput }>(
    api('proposals'),
    { config: { staffAccess: ['volunteer', 'coordinator'] }, bodyLimit: PROPOSAL_BODY_LIMIT, schema: { body: PROPOSAL_INPUT } },
    async (request, reply) => {
      const { proposal, created } = await store(signedInAccount(request), request.body)
      return reply.status(created ? 201 : 200).send(proposal)
    },
  )

  app.get<{ Querystring: { mine?: '1'; status?: ProposalStatus } }>(
    api('proposals'),
    { config: { staffAccess: ['volunteer', 'coordinator'] }, schema: { querystring: PROPOSAL_LIST_QUERY } },
    async (request): Promise<{ proposals: ProposalView[] }> => {
      const account = signedInAccount(request)
      const { status } = request.query
      if (status === undefined) return { proposals: await proposalsOfAuthor(app.db, account.id) }
      if (account.role !== 'coordinator') throw proposalErrors.statusNeedsCoordinator()
      return { proposals: await proposalsWithStatus(app.db, status) }
    },
  )

  app.post<{ Params: { id: string }; Body: ApprovalRequest }>(
    api('proposals/:id/approve'),
    { config: COORDINATORS, schema: { params: PROPOSAL_ID_PARAMS, body: APPROVAL_BODY } },
    async (request): Promise<ApprovalView> => {
      const coordinator = signedInAccount(request)
      const now = app.clock()
      const rules = await placeRulesContext(now)
      return app.db.transaction().execute((trx) => approveProposal(trx, Number(request.params.id), coordinator, request.body.confirmSensitive === true, now, rules))
    },
  )

  app.post<{ Params: { id: string }; Body: RejectionRequest }>(
    api('proposals/:id/reject'),
    { config: COORDINATORS, schema: { params: PROPOSAL_ID_PARAMS, body: REJECTION_BODY } },
    async (request): Promise<ProposalView> => {
      const coordinator = signedInAccount(request)
      return app.db.transaction().execute((trx) => rejectProposal(trx, Number(request.params.id), coordinator, request.body.reason, app.clock()))
    },
  )

  // Each row is stored whole or not at all, on its own: one refused row does not stop the others.
  app.post<{ Body: ProposalBatch }>(
    api('proposals/batch'),
    { config: COORDINATORS, bodyLimit: BATCH_BODY_LIMIT, schema: { body: PROPOSAL_BATCH } },
    async (request): Promise<ProposalBatchView> => {
      const coordinator = signedInAccount(request)
      const results: ProposalBatchResult[] = []
      for (const input of request.body.proposals) results.push(await batchRow(coordinator, input))
      return { results }
    },
  )

  async function batchRow(author: StaffAccountRow, input: ProposalInput): Promise<ProposalBatchResult> {
    const { clientId } = input
    try {
      return { clientId, outcome: 'stored', proposal: (await store(author, input)).proposal }
    } catch (error) {
      if (error instanceof PlaceProblemsError) return { clientId, outcome: 'invalid', problems: error.problems }
      if (error instanceof PlaceConflictError) return { clientId, outcome: 'conflict', current: error.current }
      if (error instanceof ApiError && error.statusCode < 500) return { clientId, outcome: 'refused', message: error.text }
      throw error
    }
  }
}
