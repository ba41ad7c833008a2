import type { ReportStatus } from '@common/desk/api'

// A report moves new → in progress → closed. A closed report can be reopened (the retention clock
// stops), so a report closed by mistake is not deleted.

/** The status a coordinator moves a report to next (a closed one is reopened). */
export function nextStatus(status: ReportStatus): ReportStatus {
  switch (status) {
    case 'new':
      return 'in_progress'
    case 'in_progress':
      return 'closed'
    case 'closed':
      return 'in_progress'
  }
}
