import Dexie, { type EntityTable } from 'dexie'
import type { ProposalInput, ProposalKind, ProposalView, WorkingPlaceView } from '@common/volunteer/api'
import type { StaffAccountView } from '@common/staff/api'
import type { QueuedJob } from '@/data/jobQueue'
import { VOLUNTEER_DATABASE_NAME } from './volunteerDataExists'

export { VOLUNTEER_DATABASE_NAME, volunteerDataExists } from './volunteerDataExists'

/** A check or edit waiting to be sent: tagged by the proposal's kind, its id the proposal's clientId. */
export type VolunteerJob = QueuedJob<ProposalKind, ProposalInput>

/** One place of the working set, as last loaded from the server. */
export interface WorkingPlaceRow {
  id: string
  view: WorkingPlaceView
}

export interface VolunteerSettingRow {
  key: string
  value: unknown
}

/** The signed-in volunteer, kept so volunteer mode opens offline until they sign out. */
export const ACCOUNT_KEY = 'account'
export type StoredAccount = StaffAccountView

/**
 * Everything volunteer mode keeps on the phone lives in this one database, apart from the
 * resident app's (`safe-space-map`): signing out deletes it whole, so no trace of volunteer work is left.
 */
export class VolunteerDb extends Dexie {
  jobs!: EntityTable<VolunteerJob, 'id'>
  places!: EntityTable<WorkingPlaceRow, 'id'>
  proposals!: EntityTable<ProposalView, 'id'>
  settings!: EntityTable<VolunteerSettingRow, 'key'>

  constructor(name: string = VOLUNTEER_DATABASE_NAME) {
    super(name)
    this.version(1).stores({ jobs: 'id, createdAt', places: 'id', proposals: 'id', settings: 'key' })
  }
}
