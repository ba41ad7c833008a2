import { bangkokDay } from '@common/day'
import type { SourcePlace } from '@common/placeSource'
import type { PlaceRulesContext } from '@common/validation'
import type { ApprovalView, ProposalView } from '@common/volunteer/api'
import { applyCheck, sameSourcePlace } from '@common/volunteer/review'
import type { Kysely } from 'kysely'
import { recordAudit } from '../auth/audit'
import type { Database, ProposalRow, StaffAccountRow } from '../db/schema'
import { deleteWorkingPlace, findWorkingPlace, publishWorkingSet, saveWorkingPlace, workingPlaceView } from '../places/workingSet'
import { requireValidPlace } from './createProposal'
import { PlaceConflictError, proposalErrors } from './proposalErrors'
import { findProposalView } from './proposalViews'

/** The pending proposal a coordinator decides, locked; refused when decided or their own. */
async function pendingProposalOf(trx: Kysely<Database>, id: number, coordinator: StaffAccountRow): Promise<ProposalRow> {
  const row = await trx.selectFrom('proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!row) throw proposalErrors.proposalNotFound()
  if (row.status !== 'pending') throw proposalErrors.alreadyDecided()
  if (row.author_id === coordinator.id) throw proposalErrors.ownProposal()
  return row
}

/** The working place as the proposal left it, refused when it changed since in a way the proposal did not see. */
async function placeToKeep(trx: Kysely<Database>, proposal: ProposalRow): Promise<SourcePlace | null> {
  const row = await findWorkingPlace(trx, proposal.place_id, true)
  if (proposal.kind === 'add') return null
  if (!row) throw proposalErrors.placeNotFound()
  // A check touches only check days and verification, so it applies to whatever the place is now.
  if (proposal.kind !== 'check' && proposal.before && !sameSourcePlace(proposal.before, row.source)) throw new PlaceConflictError(workingPlaceView(row))
  return row.source
}

/** The approved change made to the working set; today is the day it changed (its `updatedAt`). */
async function applyToWorkingSet(trx: Kysely<Database>, proposal: ProposalRow, now: Date, rules: PlaceRulesContext): Promise<void> {
  const current = await placeToKeep(trx, proposal)
  const today = bangkokDay(now)
  const stamped = (place: SourcePlace): SourcePlace => ({ point: place.point, properties: { ...place.properties, updatedAt: today } })
  if (proposal.kind === 'remove') return deleteWorkingPlace(trx, proposal.place_id)
  if (proposal.kind === 'check' && current) {
    // The facts were checked on the day the volunteer sent the check, not the day it was approved.
    return saveWorkingPlace(trx, stamped(applyCheck(current, proposal.answers ?? [], bangkokDay(proposal.created_at))), now)
  }
  if (!proposal.after) throw new Error(`proposal ${proposal.id} (${proposal.kind}) has no place to apply`)
  const next = stamped(proposal.after)
  // The working set may have changed since it was proposed (another place on the same spot): the rules again.
  await requireValidPlace(trx, current, next, rules)
  return saveWorkingPlace(trx, next, now)
}

/**
 * Approves a proposal: applies it to the working set and publishes a new dataset version, in one
 * transaction, audited. Refused for the author, for a sensitive one without `confirmSensitive`, and
 * when the place changed since in a way the proposal did not see (409 with the current place).
 */
export async function approveProposal(
  trx: Kysely<Database>,
  id: number,
  coordinator: StaffAccountRow,
  confirmSensitive: boolean,
  now: Date,
  rules: PlaceRulesContext,
): Promise<ApprovalView> {
  const proposal = await pendingProposalOf(trx, id, coordinator)
  if (proposal.sensitive && !confirmSensitive) throw proposalErrors.confirmationRequired()
  await applyToWorkingSet(trx, proposal, now, rules)
  const publishedVersion = await publishWorkingSet(trx, coordinator.username)
  await trx.updateTable('proposals').set({ status: 'approved', decided_by: coordinator.id, decided_at: now, published_version: publishedVersion }).where('id', '=', id).execute()
  const detail = { proposal: String(id), kind: proposal.kind }
  await recordAudit(trx, { action: 'proposal_approved', actorId: coordinator.id, targetId: proposal.author_id, detail }, now)
  await recordAudit(trx, { action: 'dataset_published', actorId: coordinator.id, detail: { version: String(publishedVersion) } }, now)
  return { proposal: await decided(trx, id), publishedVersion }
}

/** The longest rejection reason, in characters. */
export const MAX_REJECTION_REASON = 500

/** Rejects a proposal with a reason the volunteer will see (1–500 characters), audited. Nothing is published. */
export async function rejectProposal(trx: Kysely<Database>, id: number, coordinator: StaffAccountRow, reason: string, now: Date): Promise<ProposalView> {
  const trimmed = reason.trim()
  if (trimmed.length === 0 || [...trimmed].length > MAX_REJECTION_REASON) throw proposalErrors.reasonRequired()
  const proposal = await pendingProposalOf(trx, id, coordinator)
  await trx.updateTable('proposals').set({ status: 'rejected', decided_by: coordinator.id, decided_at: now, rejection_reason: trimmed }).where('id', '=', id).execute()
  await recordAudit(trx, { action: 'proposal_rejected', actorId: coordinator.id, targetId: proposal.author_id, detail: { proposal: String(id), kind: proposal.kind } }, now)
  return decided(trx, id)
}

async function decided(trx: Kysely<Database>, id: number): Promise<ProposalView> {
  const view = await findProposalView(trx, id)
  if (!view) throw new Error(`proposal ${id} vanished`)
  return view
}
