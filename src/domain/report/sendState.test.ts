import { describe, expect, it } from 'vitest'
import { sendStateAfterFlush } from './sendState'

describe('sendStateAfterFlush', () => {
  it('says "sent" only when the server acknowledged it, or another tab delivered it', () => {
    expect(sendStateAfterFlush('delivered', false)).toBe('sent')
    expect(sendStateAfterFlush(undefined, false)).toBe('sent')
  })

  it('tells apart waiting for the network, an unconfirmed answer and a refusal', () => {
    expect(sendStateAfterFlush('retry', true)).toBe('queued')
    expect(sendStateAfterFlush(undefined, true)).toBe('queued')
    expect(sendStateAfterFlush('unconfirmed', true)).toBe('unconfirmed')
    expect(sendStateAfterFlush('rejected', true)).toBe('rejected')
  })
})
