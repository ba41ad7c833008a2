import { describe, expect, it } from 'vitest'
import { deliveryOutcome } from './delivery'

describe('deliveryOutcome', () => {
  it('counts 2xx and 409 (already have it) as delivered', () => {
    for (const status of [200, 201, 202, 204, 299, 409]) expect(deliveryOutcome(status)).toBe('delivered')
  })

  it('retries when there was no answer, a timeout, rate limiting or a server error', () => {
    for (const status of [null, 408, 429, 500, 502, 503, 504]) expect(deliveryOutcome(status)).toBe('retry')
  })

  it('treats other client errors and odd statuses as a lasting rejection', () => {
    for (const status of [0, 100, 301, 304, 400, 401, 403, 404, 405, 410, 413, 415, 422]) {
      expect(deliveryOutcome(status)).toBe('rejected')
    }
  })
})
