import { defineAsyncComponent, type Component } from 'vue'
import type { StaffRole } from '@common/staff/roles'

/**
 * One part of the signed-in staff page, shown to the roles listed. The server checks the same roles
 * on its routes; this list only decides what is shown. Add the case desk or the review queue here:
 * each section loads its code only when opened.
 */
export interface StaffSection {
  id: string
  /** Message key of its title (`staff.section.*`, or a feature's own, e.g. `review.section`). */
  titleKey: string
  roles: readonly StaffRole[]
  component: Component
}

const EVERYONE: readonly StaffRole[] = ['admin', 'coordinator', 'volunteer', 'trainer']

export const STAFF_SECTIONS: readonly StaffSection[] = [
  { id: 'invite', titleKey: 'staff.section.invite', roles: ['admin'], component: defineAsyncComponent(() => import('./sections/InviteSection.vue')) },
  { id: 'people', titleKey: 'staff.section.people', roles: ['admin'], component: defineAsyncComponent(() => import('./sections/PeopleSection.vue')) },
  { id: 'audit', titleKey: 'staff.section.audit', roles: ['admin'], component: defineAsyncComponent(() => import('./sections/AuditSection.vue')) },
  { id: 'desk', titleKey: 'staff.section.desk', roles: ['coordinator'], component: defineAsyncComponent(() => import('./sections/DeskSection.vue')) },
  { id: 'review', titleKey: 'review.section', roles: ['coordinator'], component: defineAsyncComponent(() => import('./review/ReviewSection.vue')) },
  { id: 'import', titleKey: 'placesImport.section', roles: ['coordinator', 'admin'], component: defineAsyncComponent(() => import('./import/ImportExportSection.vue')) },
  { id: 'password', titleKey: 'staff.section.password', roles: EVERYONE, component: defineAsyncComponent(() => import('./sections/PasswordSection.vue')) },
]

/** The sections `role` may open, in menu order. */
export function sectionsFor(role: StaffRole, sections: readonly StaffSection[] = STAFF_SECTIONS): StaffSection[] {
  return sections.filter((section) => section.roles.includes(role))
}
