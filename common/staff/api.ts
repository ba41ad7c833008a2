import type { LocalizedText } from '../place'
import type { StaffRole } from './roles'

/** A staff account as the API shows it (never the password hash). */
export interface StaffAccountView {
  id: number
  username: string
  role: StaffRole
  /** ISO time. */
  createdAt: string
  /** ISO time the account was disabled, or null while it can sign in. */
  disabledAt: string | null
}

/** The signed-in person, as `GET /api/staff/me` answers. */
export interface SignedInView {
  account: StaffAccountView
}

/** `POST /api/staff/invites`: the one-time link to hand to the invited person (shown once). */
export interface InviteCreatedView {
  link: string
  username: string
  role: StaffRole
  expiresAt: string
}

/** `POST /api/staff/invites/lookup`: what an invite link is for, before the person chooses a password. */
export interface InviteLookupView {
  username: string
  role: StaffRole
  expiresAt: string
}

/** What the audit log records; the case desk and volunteer review add theirs here. */
export const AUDIT_ACTIONS = [
  'setup',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'invite',
  'invite_accepted',
  'role_change',
  'disable',
  'password_change',
  // The case desk (#9): who did what when, never what a report or note says.
  'desk_setup',
  'desk_unlock',
  'report_read',
  'report_status',
  'report_note',
  'follow_up_message',
  'desk_grant',
  'desk_revoke',
  'desk_rotate',
  'report_delete',
  'report_retention_delete',
  'proposal_created',
  'proposal_approved',
  'proposal_rejected',
  'dataset_published',
  'places_export',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** One line of the audit log: who, what, when — never what a report says. */
export interface AuditEntryView {
  id: number
  at: string
  action: AuditAction
  /** The account that acted; null when nobody was signed in (a failed sign-in with an unknown name). */
  actor: string | null
  /** The account acted on (invited, changed, disabled), if any. */
  target: string | null
  /** A few safe words about the action, e.g. the old and new role. */
  detail: Record<string, string> | null
}

/** `GET /api/staff/audit`: newest first; pass `nextBefore` as `before` for the next page. */
export interface AuditPageView {
  entries: AuditEntryView[]
  nextBefore: number | null
}

/** Every error the API sends: a stable code and what went wrong and what to do, in Thai and English. */
export interface ApiErrorBody {
  code: string
  message: LocalizedText
}
