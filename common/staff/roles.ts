/** What a staff account may do; the server checks it on every staff route. */
export const STAFF_ROLES = ['admin', 'coordinator', 'volunteer', 'trainer'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** True when `value` names a staff role. */
export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value)
}
