import type { FollowUpStatus } from '@common/desk/api'
import type { FollowUpCode } from '@/domain/report/followUpCode'
import { foundFollowUp } from '@/domain/report/followUpAnswer'
import { deriveFollowUpSecrets, openFollowUpMessage } from '@/domain/report/followUpSecrets'
import { REQUEST_TIMEOUT_MS } from './outbox'

/** What the resident sees of their report: its status and the desk's message, decrypted on the phone. */
export interface FollowUpFinding {
  status: FollowUpStatus
  /** Null when the desk wrote none (or it could not be opened). */
  message: string | null
}

/**
 * Looks a follow-up code up on the server by its lookup hash (the code never leaves the phone) and
 * opens the desk's message with the key derived from the code. Null for everything but a found
 * report: unknown code, refusal (429), offline, timeout or a broken answer all look the same.
 */
export async function lookUpFollowUp(code: FollowUpCode, fetchFn: typeof fetch = fetch, baseUrl: string = import.meta.env.BASE_URL): Promise<FollowUpFinding | null> {
  const secrets = await deriveFollowUpSecrets(code)
  let body: unknown
  try {
    const response = await fetchFn(`${baseUrl}api/follow-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ lookup: secrets.lookupHash }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    body = response.ok ? await response.json() : null
  } catch {
    return null
  }
  const found = foundFollowUp(body)
  if (!found) return null
  return { status: found.status, message: found.message ? await openFollowUpMessage(found.message, secrets.messageKey) : null }
}
