import { describe, expect, it } from 'vitest'
import type { ProposalView } from '@common/volunteer/api'
import { testSourcePlace } from '@common/volunteer/testPlace'
import { proposalOutcome } from './proposalOutcome'

const stored = { clientId: 'job-1' } as ProposalView
const problem = { th: 'เบอร์โทรไม่ถูกต้อง', en: 'Bad phone' }

describe('proposalOutcome', () => {
  it('counts a proposal sent only when the answer names its clientId', () => {
    expect(proposalOutcome({ ok: true, status: 201, data: stored }, 'job-1')).toEqual({ kind: 'sent' })
    expect(proposalOutcome({ ok: true, status: 200, data: null as unknown as ProposalView }, 'job-1')).toEqual({ kind: 'retry', status: 200 })
  })

  it('retries when there was no answer or the server was busy', () => {
    expect(proposalOutcome({ ok: false, status: 0, code: 'offline', problem: null, body: undefined }, 'job-1')).toEqual({ kind: 'retry' })
    expect(proposalOutcome({ ok: false, status: 503, code: 'unexpected', problem: null, body: undefined }, 'job-1').kind).toBe('retry')
  })

  it('sets a conflict aside with the current version, holds a refusal with its reason, stops when signed out', () => {
    const conflict = { code: 'conflict', current: { place: testSourcePlace(), updatedAt: '2026-12-01T08:00:00Z', checks: {} } }
    expect(proposalOutcome({ ok: false, status: 409, code: 'conflict', problem: null, body: conflict }, 'job-1')).toEqual({ kind: 'needs_person', status: 409, detail: conflict })
    expect(proposalOutcome({ ok: false, status: 400, code: 'invalid', problem, body: {} }, 'job-1')).toEqual({ kind: 'held', status: 400, detail: problem })
    expect(proposalOutcome({ ok: false, status: 401, code: 'signed_out', problem, body: {} }, 'job-1')).toEqual({ kind: 'stop', status: 401 })
  })
})
