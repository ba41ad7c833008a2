import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Dataset, DatasetManifest } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import type { ApprovalView, ProposalView, WorkingSetView } from '@common/volunteer/api'
import type { WorkshopPresenterView, WorkshopReportsView, WorkshopResetView } from '@common/workshop/api'
import { datasetHashInput, validateDatasetShape } from '@/domain/datasetUpdate'
import { openReport } from '@/safety/reportEncryption'
import { sha256Hex } from '../../geo/build/hash'
import { sealTestReport, submitReport } from '../testing/desk'
import { fakeDist } from '../testing/fakeDist'
import { INJECT_ORIGIN, sessionCookieOf, staffRequest } from '../testing/staff'
import { createTestApp, type TestApp } from '../testing/testApp'
import { createWorkshopTestApp, presenterCookie, presenterRequest, type WorkshopTestApp } from '../testing/workshop'
import { SIGN_IN_PER_ACCOUNT } from '../auth/signIn'
import type { ApiConfig } from './config'

const dist = fakeDist()
writeFileSync(join(dist.dir, 'workshop.html'), '<!doctype html><html lang="th"><title>ผู้นำเสนอ</title><div id="presenter"></div>')

let real: TestApp
let w: WorkshopTestApp
beforeAll(async () => {
  ;[real, w] = await Promise.all([createTestApp({ distDir: dist.dir }), createWorkshopTestApp({ distDir: dist.dir, publicInstallUrl: 'https://map.example.org/' })])
})
afterAll(async () => {
  await Promise.all([real.close(), w.close()])
  dist.remove()
})

const config = async (t: { app: TestApp['app'] }) => (await t.app.inject({ url: '/api/config' })).json<ApiConfig>()

async function published(): Promise<{ manifest: DatasetManifest; dataset: Dataset }> {
  const manifest = (await w.app.inject({ url: '/data/manifest.json' })).json<DatasetManifest>()
  const dataset = (await w.app.inject({ url: `/data/${manifest.file}` })).json<Dataset>()
  expect(validateDatasetShape(dataset, manifest).ok).toBe(true)
  expect(sha256Hex(datasetHashInput(dataset))).toBe(manifest.hash)
  return { manifest, dataset }
}

async function signIn(username: string, password: string): Promise<string> {
  const response = await staffRequest(w.app, 'POST', '/api/staff/sign-in', { username, password })
  expect(response.statusCode, response.body).toBe(200)
  return sessionCookieOf(response)
}

describe('a real deployment', () => {
  it('says it is not a workshop and keeps its tile host and exit page', async () => {
    expect(await config(real)).toMatchObject({ workshop: null, tileUrl: expect.stringMatching(/^https:\/\//), exitUrl: expect.stringMatching(/^https:\/\//) })
  })

  it('has no presenter page and no workshop routes, even when the build holds workshop.html', async () => {
    for (const url of ['/workshop', '/workshop.html', '/api/workshop/presenter', '/api/workshop/reports']) {
      const response = await real.app.inject({ url, headers: { accept: 'text/html' } })
      expect(response.statusCode, url).toBe(404)
    }
    for (const url of ['/api/workshop/reset', '/api/workshop/presenter/session']) {
      const response = await real.app.inject({ method: 'POST', url, headers: { origin: INJECT_ORIGIN }, payload: { key: 'x' } })
      expect(response.statusCode, url).toBe(404)
    }
    expect((await real.app.inject({ url: '/weather', headers: { accept: 'text/html' } })).body).not.toContain('พยากรณ์อากาศวันนี้')
  })
})

describe('a workshop server', () => {
  it('publishes the workshop session, no tile host and an exit page of its own', async () => {
    const answer = await config(w)
    expect(answer.workshop).toEqual({ session: w.runtime.config.session, joinCode: expect.stringMatching(/^[A-Z2-9]{4}$/), publicInstallUrl: 'https://map.example.org/' })
    expect(answer.tileUrl).toBe('')
    expect(answer.exitUrl).toBe(`${INJECT_ORIGIN.replace(':80', '')}/weather`)
    const exit = await w.app.inject({ url: '/weather' })
    expect(exit.statusCode).toBe(200)
    expect(exit.body).toContain('พยากรณ์อากาศ')
    const csp = exit.headers['content-security-policy'] as string
    expect(csp).not.toMatch(/openstreetmap|https:/)
  })

  it('serves the presenter page from the build', async () => {
    const page = await w.app.inject({ url: '/workshop', headers: { accept: 'text/html' } })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('ผู้นำเสนอ')
  })

  it('publishes the demo desk key and the demo dataset, marked demo', async () => {
    const answer = await config(w)
    expect(answer.caseDeskKeys.map((key) => key.id)).toEqual([w.runtime.demoDesk.record.id])
    expect(answer).toMatchObject({ reportEndpoint: '/api/reports', reportsAccepted: true })
    const { dataset } = await published()
    expect(dataset.demo).toBe(true)
    expect(dataset.places.length).toBeGreaterThan(0)
    expect(dataset.places.every((place) => /สมมติ/.test(place.name.th))).toBe(true)
  })
})

describe('the presenter', () => {
  it('signs in with the printed key only: a wrong key gets a clear 401 in Thai and English', async () => {
    const wrong = await w.app.inject({ method: 'POST', url: '/api/workshop/presenter/session', headers: { origin: INJECT_ORIGIN }, payload: { key: `${w.presenterKey}x` } })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.json()).toMatchObject({ code: 'presenter_key_wrong', message: { th: expect.stringContaining('npm run workshop'), en: expect.stringContaining('presenter key is wrong') } })
    expect(wrong.cookies).toHaveLength(0)

    const fromElsewhere = await w.app.inject({ method: 'POST', url: '/api/workshop/presenter/session', headers: { origin: 'http://evil.example' }, payload: { key: w.presenterKey } })
    expect(fromElsewhere.statusCode).toBe(403)

    const right = await w.app.inject({ method: 'POST', url: '/api/workshop/presenter/session', headers: { origin: INJECT_ORIGIN }, payload: { key: w.presenterKey } })
    expect(right.statusCode).toBe(204)
    expect(right.cookies[0]).toMatchObject({ name: 'workshop_presenter', httpOnly: true, sameSite: 'Strict', path: '/' })
    expect(right.cookies[0]?.secure).toBeFalsy()
    expect(right.cookies[0]?.value).not.toBe(w.presenterKey)
  })

  it('needs the presenter cookie for the view, the reports and reset', async () => {
    for (const [method, url] of [['GET', '/api/workshop/presenter'], ['GET', '/api/workshop/reports'], ['POST', '/api/workshop/reset']] as const) {
      const response = await presenterRequest(w.app, method, url, 'workshop_presenter=forged')
      expect(response.statusCode, url).toBe(401)
      expect(response.json()).toMatchObject({ code: 'presenter_signed_out' })
    }
    const cookie = await presenterCookie(w.app, w.presenterKey)
    const resetFromElsewhere = await w.app.inject({ method: 'POST', url: '/api/workshop/reset', headers: { origin: 'http://evil.example', cookie }, payload: {} })
    expect(resetFromElsewhere.statusCode).toBe(403)
  })

  it('shows the room\'s addresses, the demo accounts and the demo desk\'s private key', async () => {
    const cookie = await presenterCookie(w.app, w.presenterKey)
    const response = await presenterRequest(w.app, 'GET', '/api/workshop/presenter', cookie)
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    const view = response.json<WorkshopPresenterView>()
    expect(view.demoDesk.keyId).toBe(w.runtime.demoDesk.record.id)
    expect(view.demoDesk.privateKeyJwk).toMatchObject({ kty: 'EC', crv: 'P-256', d: expect.any(String) })
    expect(view.volunteerAccount.username).toBe('volunteer')
    expect(view.trainerAccount.username).toBe('trainer')
    expect(view.volunteerAccount.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    expect(view.config).toEqual((await config(w)).workshop)
  })
})

describe('a workshop, start to reset', () => {
  it('takes a report for the demo desk, shows it to the presenter, who can open it', async () => {
    const cookie = await presenterCookie(w.app, w.presenterKey)
    const envelope = await sealTestReport(w.runtime.demoDesk.record, { text: 'ฝึกส่งเรื่อง' })
    expect((await submitReport(w.app, envelope)).statusCode).toBe(201)
    const { reports } = (await presenterRequest(w.app, 'GET', '/api/workshop/reports', cookie)).json<WorkshopReportsView>()
    expect(reports).toHaveLength(1)
    expect(reports[0]?.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const view = (await presenterRequest(w.app, 'GET', '/api/workshop/presenter', cookie)).json<WorkshopPresenterView>()
    expect(view.reportCount).toBe(1)
    const privateKey = await crypto.subtle.importKey('jwk', view.demoDesk.privateKeyJwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits', 'deriveKey'])
    const { kty, crv, x, y } = view.demoDesk.privateKeyJwk
    const publicKeyJwk = { kty, crv, x, y }
    expect(await openReport(reports[0]!.envelope, { privateKey, publicKeyJwk })).toEqual({ text: 'ฝึกส่งเรื่อง' })
  })

  it('lets the room\'s volunteer propose over plain http and the trainer approve it: the new version is still demo', async () => {
    const { volunteer, trainer } = w.runtime.accounts
    const signedIn = await staffRequest(w.app, 'POST', '/api/staff/sign-in', { username: volunteer.username, password: volunteer.password })
    expect(signedIn.cookies[0]).toMatchObject({ name: 'staff_session', httpOnly: true, sameSite: 'Strict' })
    expect(signedIn.cookies[0]?.secure).toBeFalsy()
    const volunteerCookie = sessionCookieOf(signedIn)
    const places = (await staffRequest(w.app, 'GET', '/api/staff/places', undefined, { cookie: volunteerCookie })).json<WorkingSetView>()
    const base = places.places.find((view) => view.place.properties.id === 'hospital-demo-pak-nam')!.place as SourcePlace
    const proposed = structuredClone(base)
    proposed.properties.hours = { th: 'ทุกวัน 08:00–16:00 (สมมติ)', en: 'Every day 08:00–16:00 (fictional)' }
    const proposal = await staffRequest(w.app, 'POST', '/api/staff/proposals', { kind: 'edit', clientId: crypto.randomUUID(), placeId: base.properties.id, base, proposed }, { cookie: volunteerCookie })
    expect(proposal.statusCode, proposal.body).toBe(201)
    const presenter = await presenterCookie(w.app, w.presenterKey)
    expect((await presenterRequest(w.app, 'GET', '/api/workshop/presenter', presenter)).json<WorkshopPresenterView>().pendingProposalCount).toBe(1)

    const before = await published()
    const trainerCookie = await signIn(trainer.username, trainer.password)
    const approval = await staffRequest(w.app, 'POST', `/api/staff/proposals/${proposal.json<ProposalView>().id}/approve`, {}, { cookie: trainerCookie })
    expect(approval.statusCode, approval.body).toBe(200)
    expect(approval.json<ApprovalView>().publishedVersion).toBeGreaterThan(1)
    const after = await published()
    expect(after.manifest.hash).not.toBe(before.manifest.hash)
    expect(after.dataset.demo).toBe(true)
  })

  it('lets the whole room sign in to the shared volunteer account, beyond the usual per-account limit', async () => {
    const { volunteer } = w.runtime.accounts
    for (let attempt = 0; attempt <= SIGN_IN_PER_ACCOUNT.limit; attempt++) {
      const response = await staffRequest(w.app, 'POST', '/api/staff/sign-in', { username: volunteer.username, password: volunteer.password })
      expect(response.statusCode, `sign-in ${attempt + 1}`).toBe(200)
    }
  })

  it('resets: no report, no proposal, the start\'s dataset again and a new session', async () => {
    const cookie = await presenterCookie(w.app, w.presenterKey)
    const oldSession = (await config(w)).workshop?.session
    const response = await presenterRequest(w.app, 'POST', '/api/workshop/reset', cookie)
    expect(response.statusCode).toBe(200)
    const { config: fresh } = response.json<WorkshopResetView>()
    expect(fresh.session).not.toBe(oldSession)
    expect((await config(w)).workshop).toEqual(fresh)

    const view = (await presenterRequest(w.app, 'GET', '/api/workshop/presenter', cookie)).json<WorkshopPresenterView>()
    expect(view).toMatchObject({ reportCount: 0, pendingProposalCount: 0 })
    expect((await presenterRequest(w.app, 'GET', '/api/workshop/reports', cookie)).json<WorkshopReportsView>().reports).toEqual([])
    expect(await w.database.db.selectFrom('proposals').select('id').execute()).toEqual([])
    const { manifest, dataset } = await published()
    expect(manifest.hash).toBe(w.runtime.demoDataset.dataset.hash)
    expect(dataset.places.find((place) => place.id === 'hospital-demo-pak-nam')?.hours).toEqual({ kind: '24h' })
    // The desk key stays: phones that kept this start's config still send to the presenter.
    expect((await config(w)).caseDeskKeys.map((key) => key.id)).toEqual([w.runtime.demoDesk.record.id])
  })
})
