import { describe, expect, it } from 'vitest'
import { auditDetailText } from './auditDetail'

const roleName = (role: string) => `<${role}>`

describe('auditDetailText', () => {
  it('shows a role change from the old role to the new, whatever the key order', () => {
    expect(auditDetailText({ to: 'admin', from: 'volunteer' }, roleName)).toBe('<volunteer> → <admin>')
  })

  it('shows an invitation as the name, then its role', () => {
    expect(auditDetailText({ role: 'coordinator', username: 'nok' }, roleName)).toBe('nok, <coordinator>')
  })
})
