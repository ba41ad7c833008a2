import type { ReportEnvelope } from '../report/wire'
import type { DeskKeyGrant, DeskKeyRecord, DeskNoteEnvelope, FollowUpMessage, PersonalKeyRecord, PersonalPublicKey } from './records'

// The case desk's HTTP contract (issue #9), shared by the server (server/routes/desk*.ts, reports.ts)
// and the /staff inbox (src/staff/). Every /api/staff/desk route is for coordinators only; the
// server stores the records as given (after a shape check) and never opens one.

/**
 * `POST /api/reports` body: the envelope, and when the resident asked for a follow-up code, the
 * code's lookup hash (43 characters of base64url: 32 bytes) beside it. Header `Idempotency-Key`.
 */
export type ReportSubmission = ReportEnvelope & { followUpLookup?: string }

/** `POST /api/follow-up` body: a lookup hash derived from the code (never the code itself). */
export interface FollowUpLookupRequest {
  lookup: string
}

/** What a resident learns about their report; `contact`: someone will contact them as they asked. */
export type FollowUpStatus = 'received' | 'contact' | 'closed'

/** `POST /api/follow-up` answer: always 200; an unknown or deleted report is `{ found: false }`. */
export type FollowUpLookupView = { found: false } | { found: true; status: FollowUpStatus; message: FollowUpMessage | null }

export const REPORT_STATUSES = ['new', 'in_progress', 'closed'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/** A coordinator who may hold the desk key, as the grant screen lists them. */
export interface DeskHolderView {
  /** `staff-<account id>`, or `desk-recovery` for the recovery key (never listed as a person). */
  holderId: string
  username: string
  /** Null until the coordinator has made a personal key (first visit to the desk). */
  publicKey: PersonalPublicKey | null
  /** Holds a grant of the current desk key. */
  holdsCurrentKey: boolean
}

/** `GET /api/staff/desk`: everything the signed-in coordinator needs to set up or unlock the desk. */
export interface DeskStateView {
  /** False until the first coordinator has created the desk key. */
  initialized: boolean
  /** Every desk key, newest first; the first is the one `/api/config` publishes. */
  deskKeys: DeskKeyRecord[]
  /** The signed-in coordinator's own personal key, or null before they made one. */
  personalKey: PersonalKeyRecord | null
  /** The desk key grants addressed to the signed-in coordinator (old keys too). */
  grants: DeskKeyGrant[]
  /** The recovery key's record (for "I forgot my passphrase": unlock with the printed code). */
  recoveryKey: PersonalKeyRecord | null
  /** The recovery key's grants (every desk key, wrapped to it): what the printed code opens. */
  recoveryGrants: DeskKeyGrant[]
  holders: DeskHolderView[]
  /** True after a revocation until a new desk key has been rotated in. */
  rotationDue: boolean
}

/** `PUT /api/staff/desk/personal-key`: make or replace (passphrase change) one's own key. */
export interface PersonalKeyUpload {
  personalKey: PersonalKeyRecord
}

/** `POST /api/staff/desk/setup`: the first desk key, its grants (creator and recovery key), the recovery key. 409 when a desk exists. */
export interface DeskSetupUpload {
  deskKey: DeskKeyRecord
  grants: DeskKeyGrant[]
  recoveryKey: PersonalKeyRecord
}

/** `POST /api/staff/desk/grants`: grants of every desk key to one more holder (or the same holder again after recovery). */
export interface DeskGrantsUpload {
  grants: DeskKeyGrant[]
}

/** `POST /api/staff/desk/rotate`: a new desk key and its grants to every remaining holder and the recovery key. */
export interface DeskRotationUpload {
  deskKey: DeskKeyRecord
  grants: DeskKeyGrant[]
}

/** One coordinator's note on a report (ciphertext; the day only in the clear). */
export interface DeskNoteView {
  id: number
  createdOn: string
  envelope: DeskNoteEnvelope
}

/** One report as the inbox lists it: ciphertext plus what the server must know to keep it. */
export interface DeskReportView {
  id: string
  /** YYYY-MM-DD (Bangkok) the report arrived: the server keeps the day, never the time. */
  receivedOn: string
  status: ReportStatus
  /** YYYY-MM-DD of the last status change. */
  statusChangedOn: string
  /** YYYY-MM-DD when retention deletes it (closed reports only), else null: open reports are never deleted. */
  deletesOn: string | null
  envelope: ReportEnvelope
  notes: DeskNoteView[]
  /** The resident asked for a follow-up code (a message to them is possible). */
  hasFollowUp: boolean
  followUpMessage: FollowUpMessage | null
}

/** `GET /api/staff/desk/reports`: every stored report, newest first, and the retention in force. */
export interface DeskReportsView {
  reports: DeskReportView[]
  retentionDays: number
}

/** `PATCH /api/staff/desk/reports/:id` body. */
export interface ReportStatusChange {
  status: ReportStatus
}

/** `POST /api/staff/desk/reports/:id/notes` body. */
export interface DeskNoteUpload {
  envelope: DeskNoteEnvelope
}

/** `PUT /api/staff/desk/reports/:id/follow-up-message` body. */
export interface FollowUpMessageUpload {
  message: FollowUpMessage
}
