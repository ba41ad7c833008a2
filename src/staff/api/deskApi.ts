import type {
  DeskGrantsUpload,
  DeskNoteUpload,
  DeskReportsView,
  DeskRotationUpload,
  DeskSetupUpload,
  DeskStateView,
  FollowUpMessageUpload,
  PersonalKeyUpload,
  ReportStatusChange,
} from '@common/desk/api'
import type { ApiResult, StaffApi } from './staffApi'

// The case desk's routes (common/desk/api.ts), typed. The server stores what these send as given and
// never opens it: every body is public keys, wrapped keys or ciphertext. Answers to changes are not
// read (the screens load the desk again), so they are typed `unknown`.

const DESK = '/api/staff/desk'
const report = (id: string) => `${DESK}/reports/${encodeURIComponent(id)}`

/** The case desk's calls on top of the staff API client (same origin, session cookie). */
export function createDeskApi(api: StaffApi) {
  return {
    /** Everything needed to set up or unlock the desk: keys, own grants, holders. */
    state: (): Promise<ApiResult<DeskStateView>> => api.get(DESK),
    /** Makes or replaces one's own personal key. */
    putPersonalKey: (body: PersonalKeyUpload): Promise<ApiResult<unknown>> => api.put(`${DESK}/personal-key`, body),
    /** Publishes the first desk key (409 when a desk exists). */
    setUp: (body: DeskSetupUpload): Promise<ApiResult<unknown>> => api.post(`${DESK}/setup`, body),
    /** Tells the audit log this person unlocked the desk (the unlocking itself happens in the browser). */
    recordUnlocked: (): Promise<ApiResult<unknown>> => api.post(`${DESK}/unlocked`),
    grant: (body: DeskGrantsUpload): Promise<ApiResult<unknown>> => api.post(`${DESK}/grants`, body),
    /** Removes every grant of one holder; the desk then needs a rotation. */
    revoke: (holderId: string): Promise<ApiResult<unknown>> => api.delete(`${DESK}/holders/${encodeURIComponent(holderId)}`),
    rotate: (body: DeskRotationUpload): Promise<ApiResult<unknown>> => api.post(`${DESK}/rotate`, body),
    reports: (): Promise<ApiResult<DeskReportsView>> => api.get(`${DESK}/reports`),
    /** Tells the audit log a report was opened (never what it says). */
    recordRead: (id: string): Promise<ApiResult<unknown>> => api.post(`${report(id)}/read`),
    setStatus: (id: string, body: ReportStatusChange): Promise<ApiResult<unknown>> => api.patch(report(id), body),
    addNote: (id: string, body: DeskNoteUpload): Promise<ApiResult<unknown>> => api.post(`${report(id)}/notes`, body),
    setFollowUpMessage: (id: string, body: FollowUpMessageUpload): Promise<ApiResult<unknown>> => api.put(`${report(id)}/follow-up-message`, body),
  }
}

export type DeskApi = ReturnType<typeof createDeskApi>
