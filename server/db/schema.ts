import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { ReportStatus } from '@common/desk/api'
import type { AuditAction } from '@common/staff/api'
import type { StaffRole } from '@common/staff/roles'
import type { DatasetManifest } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import type { FactCheckAnswer, ProposalKind, ProposalStatus } from '@common/volunteer/api'

/**
 * The working set of places: what the next published dataset is made from. The volunteer editor
 * (issue #10) changes rows here; people only ever see a published `dataset_versions` row.
 */
export interface PlacesTable {
  id: string
  kind: string
  /** The validated source record (properties and position as written, before publishing rules). */
  source: ColumnType<SourcePlace, string, string>
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** Every dataset ever published, immutable once written; the highest `number` is the one served. */
export interface DatasetVersionsTable {
  /** 1, 2, 3…: the order of publishing. */
  number: number
  /** The dataset's own version string, e.g. "2026.11.24-3fa9c01b". */
  version: string
  /** SHA-256 (hex) of the canonical content; the app checks it after download. */
  hash: string
  /** `dataset.<hash8>.json`: the name the manifest gives and the app requests. */
  file_name: string
  place_count: number
  /** The published dataset as served, byte for byte (canonical JSON). */
  body: string
  /** Who published it: "geo/build" for the seed; a staff account later. */
  published_by: string
  published_at: ColumnType<Date, Date | string | undefined, never>
  /** The manifest's `common` and `parts` entries (migration 0006); null for versions published before the split. */
  parts: ColumnType<DatasetSplit | null, string | undefined, never>
}

/** A version's split as its manifest lists it. */
export type DatasetSplit = Required<Pick<DatasetManifest, 'common' | 'parts'>>

/** Province part and common files (migration 0006), content-addressed and immutable; shared by versions whose part did not change. */
export interface DatasetPartsTable {
  /** `dataset.p<province>.<hash8>.json` or `dataset.common.<hash8>.json`. */
  file_name: string
  hash: string
  /** The file as served, byte for byte (canonical JSON). */
  body: string
  /** The version that first published it. */
  first_version: number
}

/** The database as Kysely sees it. Tables are added by migrations in server/db/migrations/. */
export interface Database extends StaffTables, DeskTables {
  places: PlacesTable
  dataset_versions: DatasetVersionsTable
  dataset_parts: DatasetPartsTable
  proposals: ProposalsTable
}

export type DatasetVersionRow = Selectable<DatasetVersionsTable>
export type NewDatasetVersion = Insertable<DatasetVersionsTable>
export type NewPlace = Insertable<PlacesTable>

// ---- staff accounts (migration 0002) ----

type Timestamp = ColumnType<Date, Date, Date>

export interface StaffAccountsTable {
  id: Generated<number>
  /** Lowercase sign-in name (common/staff/username.ts). */
  username: string
  role: StaffRole
  /** Argon2id PHC string. */
  password_hash: string
  created_at: Timestamp
  password_changed_at: Timestamp
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

/** A signed-in browser. Signing out, a password change or disabling the account deletes its rows. */
export interface StaffSessionsTable {
  /** SHA-256 (hex) of the session id in the cookie. */
  id_hash: string
  account_id: number
  created_at: Timestamp
  last_seen_at: Timestamp
  /** A volunteer asked to stay signed in on this device (migration 0004; a longer life, sessionPolicy.ts). */
  remembered: ColumnType<boolean, boolean | undefined, boolean>
}

export interface StaffInvitesTable {
  id: Generated<number>
  token_hash: string
  username: string
  role: StaffRole
  invited_by: number
  created_at: Timestamp
  expires_at: Timestamp
  accepted_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

/** The first administrator's one-time set-up links; deleted once that account exists. */
export interface StaffSetupLinksTable {
  token_hash: string
  created_at: Timestamp
  expires_at: Timestamp
}

export interface RateLimitCountersTable {
  bucket: string
  window_start: Timestamp
  hits: number
}

export interface ClientKeySaltsTable {
  /** YYYY-MM-DD (UTC). */
  day: ColumnType<string, string, never>
  salt: Buffer
}

/** Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
export interface StaffAuditTable {
  id: Generated<string>
  at: Timestamp
  actor_id: number | null
  action: AuditAction
  target_id: number | null
  detail: ColumnType<Record<string, string> | null, string | null, never>
}

export interface StaffTables {
  staff_accounts: StaffAccountsTable
  staff_sessions: StaffSessionsTable
  staff_invites: StaffInvitesTable
  staff_setup_links: StaffSetupLinksTable
  rate_limit_counters: RateLimitCountersTable
  client_key_salts: ClientKeySaltsTable
  staff_audit: StaffAuditTable
}

export type StaffAccountRow = Selectable<StaffAccountsTable>

// ---- the case desk (migration 0003) ----

/** A date column read and written as YYYY-MM-DD text (the pg driver is told not to make Dates of it). */
type Day = ColumnType<string, string, string>

/** A coordinator's (or the recovery key's) personal key: public key and passphrase-wrapped private key. */
export interface DeskPersonalKeysTable {
  holder_id: string
  /** The coordinator's account; null for the recovery key. */
  account_id: number | null
  /** The PersonalKeyRecord as JSON text. */
  record: string
  updated_at: Timestamp
}

export interface DeskKeysTable {
  id: string
  /** Order of creation: the highest is the current desk key. */
  position: Generated<number>
  /** The DeskKeyRecord as JSON text. */
  record: string
}

export interface DeskGrantsTable {
  desk_key_id: string
  holder_id: string
  /** The DeskKeyGrant as JSON text. */
  record: string
}

/** One row once the desk exists. */
export interface DeskSettingsTable {
  id: Generated<boolean>
  rotation_due: Generated<boolean>
}

export interface ReportsTable {
  id: Generated<string>
  key_id: string
  /** The ReportEnvelope as JSON text (ciphertext). */
  envelope: string
  received_on: Day
  status: Generated<ReportStatus>
  status_changed_on: Day
  closed_on: ColumnType<string | null, string | null | undefined, string | null>
  /** HMAC-SHA-256 (hex) of the resident's lookup hash under the pepper (server/desk/followUpLookup.ts). */
  follow_up_lookup: string | null
  /** The FollowUpMessage as JSON text. */
  follow_up_message: ColumnType<string | null, string | null | undefined, string | null>
  idempotency_key_hash: string
}

export interface ReportNotesTable {
  id: Generated<number>
  report_id: string
  created_on: Day
  /** The DeskNoteEnvelope as JSON text. */
  envelope: string
}

export interface DeskTables {
  desk_personal_keys: DeskPersonalKeysTable
  desk_keys: DeskKeysTable
  desk_grants: DeskGrantsTable
  desk_settings: DeskSettingsTable
  reports: ReportsTable
  report_notes: ReportNotesTable
}
// ---- volunteer review (migration 0004) ----

/** A volunteer's check or change of a place, until a coordinator who is not its author decides. */
export interface ProposalsTable {
  id: Generated<number>
  /** Made on the phone; unique per author, so a retried send stores one proposal. */
  client_id: string
  author_id: number
  kind: ProposalKind
  place_id: string
  created_at: Timestamp
  /** The working place when proposed (null for an addition). */
  before: ColumnType<SourcePlace | null, string | null, never>
  /** The place as it would be published (null for a removal). */
  after: ColumnType<SourcePlace | null, string | null, never>
  answers: ColumnType<FactCheckAnswer[] | null, string | null, never>
  comment: string | null
  status: ColumnType<ProposalStatus, ProposalStatus | undefined, ProposalStatus>
  sensitive: boolean
  decided_by: ColumnType<number | null, never, number>
  decided_at: ColumnType<Date | null, never, Date>
  rejection_reason: ColumnType<string | null, never, string>
  published_version: ColumnType<number | null, never, number>
}

export type ProposalRow = Selectable<ProposalsTable>
