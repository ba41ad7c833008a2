import { CHECKED_FACTS, PROPOSAL_KINDS, PROPOSAL_STATUSES } from '@common/volunteer/api'
import { MAX_REJECTION_REASON } from '../proposals/decideProposal'

// JSON schemas of the volunteer review API (common/volunteer/api.ts). They check the shape only:
// what a place says is checked by the shared rules (common/validation), which name each problem's field.

const SOURCE_PLACE = {
  type: 'object',
  required: ['properties', 'point'],
  properties: {
    properties: { type: 'object' },
    point: { type: ['object', 'null'], required: ['lat', 'lng'], properties: { lat: { type: 'number' }, lng: { type: 'number' } }, additionalProperties: false },
  },
  additionalProperties: false,
} as const

const ANSWER = {
  type: 'object',
  required: ['fact', 'ok'],
  properties: { fact: { type: 'string', enum: [...CHECKED_FACTS] }, ok: { type: 'boolean' }, note: { type: 'string', maxLength: 500 } },
  additionalProperties: false,
} as const

const NON_BLANK = '\\S'

/** `ProposalInput`: the fields each kind needs, and nothing else. */
export const PROPOSAL_INPUT = {
  type: 'object',
  required: ['kind', 'clientId'],
  properties: {
    kind: { type: 'string', enum: [...PROPOSAL_KINDS] },
    clientId: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' },
    placeId: { type: 'string', maxLength: 100, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    baseUpdatedAt: { type: 'string', maxLength: 40 },
    answers: { type: 'array', minItems: 1, maxItems: CHECKED_FACTS.length, items: ANSWER },
    base: SOURCE_PLACE,
    proposed: SOURCE_PLACE,
    comment: { type: 'string', maxLength: 1000 },
  },
  additionalProperties: false,
  allOf: [
    { if: { properties: { kind: { const: 'check' } } }, then: { required: ['placeId', 'baseUpdatedAt', 'answers'], not: { anyOf: [{ required: ['base'] }, { required: ['proposed'] }] } } },
    { if: { properties: { kind: { const: 'edit' } } }, then: { required: ['placeId', 'base', 'proposed'] } },
    { if: { properties: { kind: { const: 'add' } } }, then: { required: ['proposed'], not: { anyOf: [{ required: ['placeId'] }, { required: ['base'] }] } } },
    { if: { properties: { kind: { const: 'remove' } } }, then: { required: ['placeId', 'base', 'comment'], properties: { comment: { type: 'string', pattern: NON_BLANK } } } },
  ],
} as const

/** The most rows one import sends. */
export const MAX_BATCH_PROPOSALS = 2000

export const PROPOSAL_BATCH = {
  type: 'object',
  required: ['proposals'],
  properties: { proposals: { type: 'array', minItems: 1, maxItems: MAX_BATCH_PROPOSALS, items: PROPOSAL_INPUT } },
  additionalProperties: false,
} as const

export const PROPOSAL_ID_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,8}$' } } } as const

export const PROPOSAL_LIST_QUERY = {
  type: 'object',
  properties: { mine: { type: 'string', enum: ['1'] }, status: { type: 'string', enum: [...PROPOSAL_STATUSES] } },
  additionalProperties: false,
} as const

export const APPROVAL_BODY = { type: 'object', properties: { confirmSensitive: { type: 'boolean' } }, additionalProperties: false } as const

// Length is checked again after trimming, with a sentence that says what to do (reason_required).
export const REJECTION_BODY = { type: 'object', required: ['reason'], properties: { reason: { type: 'string', maxLength: MAX_REJECTION_REASON * 4 } }, additionalProperties: false } as const
