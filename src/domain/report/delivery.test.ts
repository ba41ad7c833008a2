import { describe, expect, it } from 'vitest'
import { deliveryOutcome } from './delivery'

const answer = (status: number, acknowledged = false) => ({ status, acknowledged })

describe('deliveryOutcome', () => {
  it('counts only an acknowledged answer as delivered', () => {
    for (const status of [200, 201]) expect(deliveryOutcome(answer(status, true))).toBe('delivered')
  })

  it('keeps a report when a 2xx or a 409 does not acknowledge it (a Wi-Fi login page, a wrong server)', () => {
    for (const status of [200, 201, 202, 204, 299]) expect(deliveryOutcome(answer(status))).toBe('unconfirmed')
    expect(deliveryOutcome(answer(409))).toBe('rejected')
  })

  it('retries when there was no answer, a timeout, rate limiting or a server error', () => {
    expect(deliveryOutcome(null)).toBe('retry')
    for (const status of [408, 429, 500, 502, 503, 504]) expect(deliveryOutcome(answer(status))).toBe('retry')
  })

  it('treats other client errors and odd statuses as a lasting rejection', () => {
    for (const status of [0, 100, 301, 304, 400, 401, 403, 404, 405, 410, 413, 415, 422]) {
      expect(deliveryOutcome(answer(status))).toBe('rejected')
    }
  })
})
