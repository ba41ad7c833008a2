import type { LocalizedText } from '@common/place'
import type { ApiErrorBody } from '@common/staff/api'

/** The answer to one staff API call: the body, or what went wrong in Thai and English. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; code: string; problem: LocalizedText }

/** Words for failures the server could not describe itself (filled from the staff messages). */
export interface FallbackProblems {
  offline: LocalizedText
  unexpected: LocalizedText
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  const candidate = body as Partial<ApiErrorBody> | null
  return typeof candidate?.code === 'string' && typeof candidate.message?.th === 'string' && typeof candidate.message.en === 'string'
}

/**
 * A small JSON client for `/api/staff/*`. Same origin only, so the browser sends the session cookie
 * and the Origin header the server checks. `onSignedOut` runs when the server says the session is gone.
 */
export function createStaffApi(fallback: FallbackProblems, onSignedOut: () => void) {
  async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
    let response: Response
    try {
      response = await fetch(path, {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch {
      return { ok: false, status: 0, code: 'offline', problem: fallback.offline }
    }
    const parsed: unknown = response.status === 204 ? null : await response.json().catch(() => undefined)
    if (response.ok) return { ok: true, data: parsed as T }
    if (!isErrorBody(parsed)) return { ok: false, status: response.status, code: 'unexpected', problem: fallback.unexpected }
    if (response.status === 401 && parsed.code === 'signed_out') onSignedOut()
    return { ok: false, status: response.status, code: parsed.code, problem: parsed.message }
  }

  return {
    get: <T>(path: string) => request<T>('GET', path),
    post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
    put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
    patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
    delete: <T>(path: string) => request<T>('DELETE', path),
  }
}

export type StaffApi = ReturnType<typeof createStaffApi>
