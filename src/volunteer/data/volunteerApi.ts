import type { LocalizedText } from '@common/place'
import type { ApiErrorBody, SignedInView } from '@common/staff/api'
import type { ProposalInput, ProposalView, WorkingSetView } from '@common/volunteer/api'

/** One answer from the staff API: the body, or the status with the server's problem (status 0: no answer). */
export type ApiAnswer<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; problem: Required<LocalizedText> | null; body: unknown }

/** A request that hangs on a bad line is given up after this long. */
export const API_TIMEOUT_MS = 20_000

function isErrorBody(body: unknown): body is ApiErrorBody {
  const candidate = body as Partial<ApiErrorBody> | null
  return typeof candidate?.code === 'string' && typeof candidate.message?.th === 'string' && typeof candidate.message.en === 'string'
}

/**
 * Same-origin JSON calls to `/api/staff/*` with the session cookie (the staff page has its own
 * client in src/staff, which the resident app must not import). Never throws.
 */
export async function callStaffApi<T>(method: 'GET' | 'POST', path: string, body?: unknown, fetchFn: typeof fetch = (input, init) => fetch(input, init)): Promise<ApiAnswer<T>> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), API_TIMEOUT_MS)
  try {
    const response = await fetchFn(path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'error',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: abort.signal,
    })
    const isJson = /^application\/json\b/i.test(response.headers.get('content-type') ?? '')
    const parsed: unknown = isJson ? await response.json().catch(() => undefined) : undefined
    if (response.ok) return { ok: true, status: response.status, data: parsed as T }
    const error = isErrorBody(parsed) ? parsed : null
    return { ok: false, status: response.status, code: error?.code ?? 'unexpected', problem: error ? { th: error.message.th, en: error.message.en ?? error.message.th } : null, body: parsed }
  } catch {
    return { ok: false, status: 0, code: 'offline', problem: null, body: undefined }
  } finally {
    clearTimeout(timer)
  }
}

/** The calls volunteer mode makes. */
export const volunteerApi = {
  /** Signs in for a long session on this device (`remember`), until the volunteer signs out. */
  signIn: (username: string, password: string) => callStaffApi<SignedInView>('POST', '/api/staff/sign-in', { username, password, remember: true }),
  signOut: () => callStaffApi<null>('POST', '/api/staff/sign-out', {}),
  workingSet: () => callStaffApi<WorkingSetView>('GET', '/api/staff/places'),
  myProposals: () => callStaffApi<{ proposals: ProposalView[] }>('GET', '/api/staff/proposals?mine=1'),
  sendProposal: (input: ProposalInput, fetchFn?: typeof fetch) => callStaffApi<ProposalView>('POST', '/api/staff/proposals', input, fetchFn),
}
