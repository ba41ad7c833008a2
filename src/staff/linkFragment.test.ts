import { describe, expect, it } from 'vitest'
import { parseStaffLink } from './linkFragment'

const token = 'Qx3_k-9ZpLm2Rt7vWy4aBc8dEf1gHi5jKl0nOp6sTuV'

describe('parseStaffLink', () => {
  it('reads a set-up or invite link', () => {
    expect(parseStaffLink(`#setup=${token}`)).toEqual({ kind: 'setup', token })
    expect(parseStaffLink(`#invite=${token}`)).toEqual({ kind: 'invite', token })
  })

  it.each(['', '#', `#other=${token}`, '#invite=short', `#invite=${token}&x=1`, `#invite=<script>${token}`])('ignores %j', (hash) => {
    expect(parseStaffLink(hash)).toBeNull()
  })
})
