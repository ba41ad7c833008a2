const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

/**
 * Whether a storage error means the disk or the site's quota is full. Browsers report it on the
 * request or as the reason a transaction aborted; Dexie wraps it in `inner`, a bulk write lists it
 * in `failures`.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, inner, cause, failures } = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown }
  if (typeof name === 'string' && QUOTA_ERROR_NAMES.has(name)) return true
  if (isQuotaError(inner) || isQuotaError(cause)) return true
  return Array.isArray(failures) && failures.some(isQuotaError)
}
