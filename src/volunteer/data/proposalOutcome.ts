import type { JobOutcome } from '@/data/jobQueue'
import type { ProposalConflictView, ProposalView } from '@common/volunteer/api'
import type { ApiAnswer } from './volunteerApi'

function isConflict(body: unknown): body is ProposalConflictView {
  const candidate = body as Partial<ProposalConflictView> | null | undefined
  return candidate?.code === 'conflict' && typeof candidate.current?.updatedAt === 'string'
}

/**
 * What the server's answer to one proposal means for its job. Only an answer naming this job's
 * clientId counts as stored (a Wi-Fi login page's 200 does not); a 409 carries the place as it is
 * now, for the volunteer to merge; 401 means signed out: stop, keep everything.
 */
export function proposalOutcome(answer: ApiAnswer<ProposalView>, clientId: string): JobOutcome {
  if (answer.ok) return answer.data?.clientId === clientId ? { kind: 'sent' } : { kind: 'retry', status: answer.status }
  const { status } = answer
  if (status === 0 || status === 408 || status === 429 || status >= 500) return { kind: 'retry', ...(status === 0 ? {} : { status }) }
  if (status === 401) return { kind: 'stop', status }
  if (status === 409 && isConflict(answer.body)) return { kind: 'needs_person', status, detail: answer.body }
  return { kind: 'held', status, detail: answer.problem }
}
