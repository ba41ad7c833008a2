// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { foundFollowUp } from './followUpAnswer'

const message = { v: 1, iv: 'aXY', ciphertext: 'Y2lwaGVy' }

describe('foundFollowUp', () => {
  it('reads a found report with its status, with or without the desk’s message', () => {
    expect(foundFollowUp({ found: true, status: 'received', message: null })).toEqual({ found: true, status: 'received', message: null })
    expect(foundFollowUp({ found: true, status: 'contact', message })).toEqual({ found: true, status: 'contact', message })
    expect(foundFollowUp({ found: true, status: 'closed' })).toEqual({ found: true, status: 'closed', message: null })
  })

  it('gives null for "not found" and for anything that is not an answer, so search shows its ordinary "no match"', () => {
    for (const body of [{ found: false }, null, 'Too many requests', { error: 'rate-limited' }, { found: true, status: 'new', message: null }, { found: true, status: 'closed', message: { v: 2 } }]) {
      expect(foundFollowUp(body)).toBeNull()
    }
  })
})
