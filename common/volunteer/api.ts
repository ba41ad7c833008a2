import type { LocalizedText } from '../place'
import type { SourcePlace } from '../placeSource'
import type { PlaceProblem } from '../validation/placeChange'

// The volunteer editing and review contract (issue #10), shared by the server
// (server/routes/proposals.ts, places.ts), the volunteer mode in the app (src/volunteer/) and the
// review queue at /staff. Every change to a place is a proposal; only a coordinator who is not its
// author can approve it, and approving publishes a new dataset version.

/** The facts a volunteer checks one by one; each keeps the day it was last confirmed. */
export const CHECKED_FACTS = ['location', 'phone', 'hours', 'oscc'] as const
export type CheckedFact = (typeof CHECKED_FACTS)[number]

/** Per fact, the day (YYYY-MM-DD, Bangkok) a volunteer's check was last approved; absent = never. */
export type FactChecks = Partial<Record<CheckedFact, string>>

/** A check's answer for one fact: still right, or wrong with a short note of what is wrong. */
export interface FactCheckAnswer {
  fact: CheckedFact
  ok: boolean
  note?: string
}

export const PROPOSAL_KINDS = ['check', 'edit', 'add', 'remove'] as const
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]

/**
 * `POST /api/staff/proposals` body, and one job in the volunteer's offline queue.
 * `clientId` (a UUID made on the phone) makes a retried send store one proposal, not two.
 * `base` is the place as the volunteer loaded it (its `updatedAt` tells the server whether the place
 * changed since): when it did, the answer is 409 `ProposalConflictView`.
 */
export type ProposalInput =
  | { kind: 'check'; clientId: string; placeId: string; baseUpdatedAt: string; answers: FactCheckAnswer[] }
  | { kind: 'edit'; clientId: string; placeId: string; base: SourcePlace; proposed: SourcePlace; comment?: string }
  | { kind: 'add'; clientId: string; proposed: SourcePlace; comment?: string }
  | { kind: 'remove'; clientId: string; placeId: string; base: SourcePlace; comment: string }

/** 409 answer to an edit whose place changed on the server: the current version to merge with. */
export interface ProposalConflictView {
  code: 'conflict'
  /** What happened and what to do, in Thai and English (the server always sends it, as with every error). */
  message?: Required<LocalizedText>
  current: WorkingPlaceView
}

/**
 * 400 answer to a proposal the shared rules (common/validation) refuse: every problem, with the
 * field it belongs to, in Thai and English. Nothing was stored.
 */
export interface ProposalProblemsView {
  code: 'invalid_place'
  message: Required<LocalizedText>
  problems: PlaceProblem[]
}

export const PROPOSAL_STATUSES = ['pending', 'approved', 'rejected'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]

/** A proposal as the review queue and its author see it. */
export interface ProposalView {
  id: number
  clientId: string
  kind: ProposalKind
  placeId: string
  status: ProposalStatus
  /** Username of the volunteer who proposed it (staff pages only; never published). */
  author: string
  createdAt: string
  /** The place as published when the proposal was made (null for `add`). */
  before: SourcePlace | null
  /** The place as it would be published (null for `remove`; for `check`, `before` with the checks). */
  after: SourcePlace | null
  answers: FactCheckAnswer[] | null
  comment: string | null
  /** A removal or a change to a safe house, shelter or community: approving needs a second confirmation. */
  sensitive: boolean
  decidedBy: string | null
  decidedAt: string | null
  rejectionReason: string | null
  /** The dataset version number the approval published. */
  publishedVersion: number | null
}

/** `POST /api/staff/proposals/:id/approve` body; `confirmSensitive` must be true for a sensitive one. */
export interface ApprovalRequest {
  confirmSensitive?: boolean
}

/** `POST /api/staff/proposals/:id/reject` body: a reason is required (shown to the volunteer). */
export interface RejectionRequest {
  reason: string
}

/** One place of the working set, as a volunteer loads it for checking and editing. */
export interface WorkingPlaceView {
  place: SourcePlace
  /** The working row's `updatedAt` (the conflict check compares it). */
  updatedAt: string
  checks: FactChecks
}

/** `GET /api/staff/places`: the working set. Hidden places (shelters) come without a position. */
export interface WorkingSetView {
  places: WorkingPlaceView[]
}

/** `POST /api/staff/proposals/batch` (coordinators: the confirmed rows of an import). */
export interface ProposalBatch {
  proposals: ProposalInput[]
}

/**
 * One row's outcome in `ProposalBatchView`. Each row is stored whole or not at all, on its own:
 * a refused row does not stop the others. `stored` also when the row's clientId was stored before.
 */
export type ProposalBatchResult =
  | { clientId: string; outcome: 'stored'; proposal: ProposalView }
  | { clientId: string; outcome: 'invalid'; problems: PlaceProblem[] }
  | { clientId: string; outcome: 'conflict'; current: WorkingPlaceView }
  | { clientId: string; outcome: 'refused'; message: Required<LocalizedText> }

/** `POST /api/staff/proposals/batch` answer: one result per row, in the order sent. */
export interface ProposalBatchView {
  results: ProposalBatchResult[]
}

/** `POST /api/staff/proposals/:id/approve` answer: the proposal as decided and the version it published. */
export interface ApprovalView {
  proposal: ProposalView
  publishedVersion: number
}
