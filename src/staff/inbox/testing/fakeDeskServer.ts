import type {
  DeskGrantsUpload,
  DeskNoteUpload,
  DeskReportView,
  DeskRotationUpload,
  DeskSetupUpload,
  DeskStateView,
  FollowUpMessageUpload,
  PersonalKeyUpload,
  ReportStatus,
  ReportStatusChange,
} from '@common/desk/api'
import type { StaffAccountView } from '@common/staff/api'
import type { ReportPayload } from '@/domain/report/types'
import { sealReport } from '@/safety/reportEncryption'
import { RECOVERY_HOLDER_ID } from '../../desk/deskKey'
import type { DeskKeyGrant, DeskKeyRecord, PersonalKeyRecord } from '../../desk/records'

/** Every body the page sends, as one type: the fake trusts the page to send the one its route takes. */
type AnyUpload = PersonalKeyUpload & DeskSetupUpload & DeskGrantsUpload & DeskRotationUpload & ReportStatusChange & DeskNoteUpload & FollowUpMessageUpload

// The case desk's routes (common/desk/api.ts) in memory, for component tests: it stores what the
// page sends as given, as the real server does, and records every request so tests can check what
// left the browser.

export interface RecordedRequest {
  method: string
  path: string
  body: unknown
}

const TODAY = '2026-12-01'

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** A coordinator account as the staff API shows it. */
export function coordinator(id: number, username: string): StaffAccountView {
  return { id, username, role: 'coordinator', createdAt: '2026-11-01T00:00:00Z', disabledAt: null }
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

export class FakeDeskServer {
  accounts: StaffAccountView[]
  signedIn: StaffAccountView | null
  personalKeys = new Map<string, PersonalKeyRecord>()
  /** Newest first, as `/api/config` publishes them. */
  deskKeys: DeskKeyRecord[] = []
  grants: DeskKeyGrant[] = []
  recoveryKey: PersonalKeyRecord | null = null
  rotationDue = false
  retentionDays = 90
  reports: DeskReportView[] = []
  requests: RecordedRequest[] = []
  private nextNoteId = 1

  constructor(accounts: StaffAccountView[]) {
    this.accounts = accounts
    this.signedIn = accounts[0] ?? null
  }

  /** Replaces globalThis.fetch with this server. */
  install(): void {
    globalThis.fetch = (input, init) => this.handle(String(input), init)
  }

  /** A report sealed to the current desk key (as the resident's app would), received on `day`. */
  async receive(payload: ReportPayload | Record<string, unknown>, options: { day?: string; hasFollowUp?: boolean } = {}): Promise<DeskReportView> {
    const [current] = this.deskKeys
    if (!current) throw new Error('no desk key yet')
    const envelope = await sealReport(payload, { id: current.id, publicKeyJwk: current.publicKeyJwk })
    const day = options.day ?? TODAY
    const report: DeskReportView = {
      id: `r${this.reports.length + 1}`,
      receivedOn: day,
      status: 'new',
      statusChangedOn: day,
      deletesOn: null,
      envelope,
      notes: [],
      hasFollowUp: options.hasFollowUp ?? false,
      followUpMessage: null,
    }
    this.reports.unshift(report)
    return report
  }

  /** Requests sent to a path (exact), in order. */
  sent(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && request.path === path)
  }

  private holderId(account: StaffAccountView): string {
    return `staff-${account.id}`
  }

  private state(me: StaffAccountView): DeskStateView {
    const own = this.holderId(me)
    const current = this.deskKeys[0]?.id
    return {
      initialized: this.deskKeys.length > 0,
      deskKeys: this.deskKeys,
      personalKey: this.personalKeys.get(own) ?? null,
      grants: this.grants.filter((grant) => grant.holderId === own),
      recoveryGrants: this.grants.filter((grant) => grant.holderId === RECOVERY_HOLDER_ID),
      recoveryKey: this.recoveryKey,
      holders: this.accounts.map((account) => {
        const holderId = this.holderId(account)
        const key = this.personalKeys.get(holderId)
        return {
          holderId,
          username: account.username,
          publicKey: key ? { holderId, publicKeyJwk: key.publicKeyJwk } : null,
          holdsCurrentKey: this.grants.some((grant) => grant.holderId === holderId && grant.deskKeyId === current),
        }
      }),
      rotationDue: this.rotationDue,
    }
  }

  private setStatus(report: DeskReportView, status: ReportStatus): void {
    report.status = status
    report.statusChangedOn = TODAY
    report.deletesOn = status === 'closed' ? addDays(TODAY, this.retentionDays) : null
  }

  private async handle(url: string, init: RequestInit = {}): Promise<Response> {
    const method = init.method ?? 'GET'
    const path = new URL(url, 'http://localhost').pathname
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined
    this.requests.push({ method, path, body })
    const me = this.signedIn
    if (!me) return json(401, { code: 'signed_out', message: { th: 'ออกจากระบบแล้ว', en: 'Signed out.' } })
    const own = this.holderId(me)
    const input = body as AnyUpload
    const report = this.reports.find((candidate) => path.startsWith(`/api/staff/desk/reports/${candidate.id}`))

    if (method === 'GET' && path === '/api/staff/me') return json(200, { account: me })
    if (method === 'POST' && path === '/api/staff/sign-out') {
      this.signedIn = null
      return json(204, undefined)
    }
    if (method === 'GET' && path === '/api/staff/desk') return json(200, this.state(me))
    if (method === 'PUT' && path === '/api/staff/desk/personal-key') {
      const record = input.personalKey
      this.personalKeys.set(own, record)
      // A new personal key cannot open the grants made to the old one.
      this.grants = this.grants.filter((grant) => grant.holderId !== own)
      return json(204, undefined)
    }
    if (method === 'POST' && path === '/api/staff/desk/setup') {
      if (this.deskKeys.length > 0) return json(409, { code: 'desk_exists', message: { th: 'มีศูนย์รับเรื่องแล้ว', en: 'The desk exists.' } })
      this.deskKeys = [input.deskKey]
      this.grants = [...input.grants]
      this.recoveryKey = input.recoveryKey
      return json(204, undefined)
    }
    if (method === 'POST' && path === '/api/staff/desk/grants') {
      const added = input.grants
      const replaced = new Set(added.map((grant) => `${grant.holderId} ${grant.deskKeyId}`))
      this.grants = [...this.grants.filter((grant) => !replaced.has(`${grant.holderId} ${grant.deskKeyId}`)), ...added]
      return json(204, undefined)
    }
    if (method === 'DELETE' && path.startsWith('/api/staff/desk/holders/')) {
      const holderId = decodeURIComponent(path.slice('/api/staff/desk/holders/'.length))
      this.grants = this.grants.filter((grant) => grant.holderId !== holderId)
      this.rotationDue = true
      return json(204, undefined)
    }
    if (method === 'POST' && path === '/api/staff/desk/rotate') {
      this.deskKeys = [input.deskKey, ...this.deskKeys]
      this.grants = [...this.grants, ...input.grants]
      this.rotationDue = false
      return json(204, undefined)
    }
    if (method === 'POST' && path === '/api/staff/desk/unlocked') return json(204, undefined)
    if (method === 'GET' && path === '/api/staff/desk/reports') return json(200, { reports: this.reports, retentionDays: this.retentionDays })
    if (report && method === 'POST' && path.endsWith('/read')) return json(204, undefined)
    if (report && method === 'PATCH') {
      this.setStatus(report, input.status)
      return json(200, { report })
    }
    if (report && method === 'POST' && path.endsWith('/notes')) {
      report.notes = [...report.notes, { id: this.nextNoteId++, createdOn: TODAY, envelope: input.envelope }]
      return json(204, undefined)
    }
    if (report && method === 'PUT' && path.endsWith('/follow-up-message')) {
      report.followUpMessage = input.message
      return json(204, undefined)
    }
    return json(404, { code: 'not_found', message: { th: 'ไม่พบ', en: 'Not found.' } })
  }
}
