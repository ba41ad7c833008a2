import type { WorkshopPresenterView, WorkshopReportsView, WorkshopResetView } from '@common/workshop/api'
import { createStaffApi, type ApiResult, type FallbackProblems } from '@/staff/api/staffApi'

// The presenter routes of a workshop server (common/workshop/api.ts), through the staff page's JSON
// client: same origin, the presenter session in a cookie.

/** The presenter page's calls; any 401 means the presenter session is missing or wrong. */
export function createWorkshopApi(fallback: FallbackProblems) {
  const api = createStaffApi(fallback, () => undefined)
  return {
    signIn: (key: string) => api.post<null>('/api/workshop/presenter/session', { key }),
    view: () => api.get<WorkshopPresenterView>('/api/workshop/presenter'),
    reports: () => api.get<WorkshopReportsView>('/api/workshop/reports'),
    reset: () => api.post<WorkshopResetView>('/api/workshop/reset'),
  }
}

export type WorkshopApi = ReturnType<typeof createWorkshopApi>

/** Whether an answer says the page has no presenter session (then it asks for the link again). */
export function isSignedOut(result: ApiResult<unknown>): boolean {
  return !result.ok && (result.status === 401 || result.status === 403)
}
