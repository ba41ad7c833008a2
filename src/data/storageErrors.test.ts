import { describe, expect, it } from 'vitest'
import { isQuotaError } from './storageErrors'

describe('isQuotaError', () => {
  it('recognises the browser error by name', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true)
  })

  it('finds it inside an aborted transaction, a cause or a bulk failure', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true)
    expect(isQuotaError(new Error('write failed', { cause: new DOMException('full', 'QuotaExceededError') }))).toBe(true)
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'ConstraintError' }, { name: 'QuotaExceededError' }] })).toBe(true)
  })

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaError(new DOMException('dup', 'ConstraintError'))).toBe(false)
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'UnknownError' } })).toBe(false)
    expect(isQuotaError('QuotaExceededError')).toBe(false)
    expect(isQuotaError(null)).toBe(false)
  })
})
