import { describe, expect, it } from 'vitest'
import { MAX_REMOVAL_REASON, removalReasonProblem } from './removalReason'

describe('removalReasonProblem', () => {
  it('asks for a reason when it is empty or only spaces', () => {
    expect(removalReasonProblem('')).toBe('missing')
    expect(removalReasonProblem(' \n\t ')).toBe('missing')
  })

  it('refuses a reason too long or with hidden characters, counting Thai characters one each', () => {
    expect(removalReasonProblem('ก'.repeat(MAX_REMOVAL_REASON))).toBeUndefined()
    expect(removalReasonProblem('ก'.repeat(MAX_REMOVAL_REASON + 1))).toBe('too-long')
    expect(removalReasonProblem('ปิด\u202eแล้ว')).toBe('hidden-character')
  })

  it('accepts a short reason', () => {
    expect(removalReasonProblem('  ปิดไปแล้วตั้งแต่ปี 2566  ')).toBeUndefined()
  })
})
