import { isStaffRole, type StaffRole } from '@common/staff/roles'

/**
 * An audit entry's detail in words: "from → to" for a role change, otherwise the invited name and
 * role. Role names go through `roleName`. The database does not keep the order of the keys.
 */
export function auditDetailText(detail: Record<string, string>, roleName: (role: StaffRole) => string): string {
  const word = (value: string | undefined) => (value === undefined ? '' : isStaffRole(value) ? roleName(value) : value)
  if (detail.from !== undefined && detail.to !== undefined) return `${word(detail.from)} → ${word(detail.to)}`
  const { username, role, ...rest } = detail
  return [username, word(role), ...Object.values(rest).map(word)].filter(Boolean).join(', ')
}
