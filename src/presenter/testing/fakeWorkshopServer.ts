import { vi } from 'vitest'
import type { Dataset } from '@common/place'
import type { WorkshopPresenterView, WorkshopReportView } from '@common/workshop/api'
import { sealReport } from '@/safety/reportEncryption'
import { fakeFetch, servedDataset } from '@/data/testFixtures'
import type { ReportPayload } from '@/domain/report/types'

// The workshop server's presenter routes (common/workshop/api.ts) in memory, for the presenter
// page's component tests: a presenter key, a cookie-like session flag, demo reports sealed to a real
// demo desk key (WebCrypto), and the published dataset.

export const PRESENTER_KEY = 'presenter-key-0123456789abcdef'

export interface RecordedRequest {
  method: string
  path: string
  body: unknown
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

const REFUSED = { code: 'workshop_presenter_required', message: { th: 'ต้องใช้ลิงก์ผู้บรรยาย', en: 'The presenter link is required' } }

export class FakeWorkshopServer {
  signedIn = false
  requests: RecordedRequest[] = []
  reports: WorkshopReportView[] = []
  resets = 0
  /** False: the published dataset cannot be read (every /data/ request is a 404). */
  datasetAvailable = true
  view: WorkshopPresenterView

  private constructor(
    view: WorkshopPresenterView,
    private readonly deskPublic: { id: string; publicKeyJwk: WorkshopPresenterView['demoDesk']['privateKeyJwk'] },
    private readonly dataset: Dataset,
  ) {
    this.view = view
  }

  /** A workshop with one LAN address, a real demo desk key pair, and `dataset` published. */
  static async create(dataset: Dataset, publicInstallUrl: string | null = null): Promise<FakeWorkshopServer> {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
    const { kty, crv, x, y, d } = await crypto.subtle.exportKey('jwk', pair.privateKey)
    const privateKeyJwk = { kty: kty as 'EC', crv: crv as 'P-256', x: x ?? '', y: y ?? '', d: d ?? '' }
    const view: WorkshopPresenterView = {
      config: { session: 'session-1', joinCode: 'K7M3', publicInstallUrl },
      addresses: [{ url: 'http://192.168.1.23:8080/', interfaceName: 'wlan0' }],
      demoDesk: { keyId: 'demo-desk', privateKeyJwk },
      volunteerAccount: { username: 'demo-volunteer', password: 'ฝึกอาสา-2026' },
      trainerAccount: { username: 'demo-trainer', password: 'ฝึกวิทยากร-2026' },
      reportCount: 0,
      pendingProposalCount: 2,
    }
    return new FakeWorkshopServer(view, { id: 'demo-desk', publicKeyJwk: privateKeyJwk }, dataset)
  }

  /** A demo report as the resident's form would send it, sealed to the demo desk's public key. */
  async receive(payload: ReportPayload): Promise<void> {
    const { kty, crv, x, y } = this.deskPublic.publicKeyJwk
    const envelope = await sealReport(payload, { id: this.deskPublic.id, publicKeyJwk: { kty, crv, x, y } })
    this.reports = [{ id: `r${this.reports.length + 1}`, receivedOn: '2026-12-01', envelope }, ...this.reports]
  }

  /** Replaces `fetch` for the test (restored by vi.unstubAllGlobals). */
  install(): void {
    const data = fakeFetch(servedDataset(this.dataset)).fetch
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const path = String(input)
      if (path.startsWith('/data/')) return this.datasetAvailable ? data(input, init) : new Response('not found', { status: 404 })
      const method = init.method ?? 'GET'
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined
      this.requests.push({ method, path, body })
      return this.answer(method, path, body)
    })
  }

  private answer(method: string, path: string, body: unknown): Response {
    if (method === 'POST' && path === '/api/workshop/presenter/session') {
      this.signedIn = (body as { key?: unknown }).key === PRESENTER_KEY
      return this.signedIn ? new Response(null, { status: 204 }) : json(401, REFUSED)
    }
    if (!this.signedIn) return json(401, REFUSED)
    if (method === 'GET' && path === '/api/workshop/presenter') return json(200, { ...this.view, reportCount: this.reports.length })
    if (method === 'GET' && path === '/api/workshop/reports') return json(200, { reports: this.reports })
    if (method === 'POST' && path === '/api/workshop/reset') {
      this.resets += 1
      this.reports = []
      this.view = { ...this.view, config: { ...this.view.config, session: `session-${this.resets + 1}` }, pendingProposalCount: 0 }
      return json(200, { config: this.view.config })
    }
    return json(404, { code: 'not_found', message: { th: 'ไม่พบ', en: 'Not found' } })
  }
}
