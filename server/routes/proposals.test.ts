import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Dataset, DatasetManifest } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import type { ApprovalView, ProposalBatchView, ProposalConflictView, ProposalInput, ProposalProblemsView, ProposalView, WorkingPlaceView, WorkingSetView } from '@common/volunteer/api'
import { datasetHashInput, validateDatasetShape } from '@/domain/datasetUpdate'
import { sha256Hex } from '../../geo/build/hash'
import { addStaff, createStaffTestApp, setUpFirstAdmin, signIn, staffRequest, type MovableClock } from '../testing/staff'

let app: FastifyInstance
let clock: MovableClock
let close: () => Promise<void>
let adminCookie: string
let volunteer: string
let coordinator: string
let otherCoordinator: string

beforeAll(async () => {
  ;({ app, clock, close } = await createStaffTestApp())
  adminCookie = await setUpFirstAdmin(app, 'r.admin')
  volunteer = (await addStaff(app, adminCookie, 'r.volunteer', 'volunteer')).cookie
  coordinator = (await addStaff(app, adminCookie, 'r.coordinator', 'coordinator')).cookie
  otherCoordinator = (await addStaff(app, adminCookie, 'r.coordinator2', 'coordinator')).cookie
})
afterAll(() => close())

let clientIds = 0
const clientId = () => `client-${String(++clientIds).padStart(4, '0')}`

async function workingPlace(id: string): Promise<WorkingPlaceView> {
  const response = await staffRequest(app, 'GET', '/api/staff/places', undefined, { cookie: volunteer })
  expect(response.statusCode).toBe(200)
  const found = (response.json() as WorkingSetView).places.find((view) => view.place.properties.id === id)
  if (!found) throw new Error(`no working place ${id}`)
  return found
}

async function propose(input: ProposalInput, cookie = volunteer) {
  return staffRequest(app, 'POST', '/api/staff/proposals', input, { cookie })
}

async function proposed(input: ProposalInput, cookie = volunteer): Promise<ProposalView> {
  const response = await propose(input, cookie)
  expect(response.statusCode, response.body).toBe(201)
  return response.json() as ProposalView
}

/** Approves a minute later than the last step (a working place's updatedAt is the time it changed). */
function approve(id: number, cookie = otherCoordinator, body: object = {}) {
  clock.advance(60_000)
  return staffRequest(app, 'POST', `/api/staff/proposals/${id}/approve`, body, { cookie })
}

/** Days later: everyone signs in again (sessions end after 30 minutes unused). */
async function daysLater(days: number): Promise<void> {
  clock.advance(days * 24 * 60 * 60 * 1000)
  adminCookie = await signIn(app, 'r.admin')
  volunteer = await signIn(app, 'r.volunteer')
  coordinator = await signIn(app, 'r.coordinator')
  otherCoordinator = await signIn(app, 'r.coordinator2')
}

async function published(): Promise<{ manifest: DatasetManifest; dataset: Dataset; body: string }> {
  const manifest = (await app.inject({ url: '/data/manifest.json' })).json() as DatasetManifest
  const response = await app.inject({ url: `/data/${manifest.file}` })
  const dataset = response.json() as Dataset
  expect(validateDatasetShape(dataset, manifest).ok).toBe(true)
  expect(sha256Hex(datasetHashInput(dataset))).toBe(manifest.hash)
  return { manifest, dataset, body: response.body }
}

function edited(place: SourcePlace, change: (properties: SourcePlace['properties']) => void): SourcePlace {
  const copy = structuredClone(place)
  change(copy.properties)
  return copy
}

describe('the working set', () => {
  it('gives volunteers every place, hidden ones (shelters) without a position', async () => {
    const response = await staffRequest(app, 'GET', '/api/staff/places', undefined, { cookie: volunteer })
    const { places } = response.json() as WorkingSetView
    expect(places.length).toBeGreaterThan(100)
    const hidden = places.filter((view) => view.place.properties.visibility === 'hidden')
    expect(hidden.length).toBeGreaterThan(0)
    for (const view of hidden) expect(view.place.point).toBeNull()
    expect(JSON.stringify(hidden)).not.toMatch(/"address"/)
  })
})

describe('an edit, approved by a second person', () => {
  it('publishes a new dataset version with the change; hidden places stay hidden', async () => {
    const before = await published()
    const base = await workingPlace('hospital-klang')
    const proposal = await proposed({
      kind: 'edit',
      clientId: clientId(),
      placeId: 'hospital-klang',
      base: base.place,
      proposed: edited(base.place, (p) => (p.name = { th: p.name.th, en: 'Klang Hospital (BMA General Hospital)' })),
    })
    expect(proposal).toMatchObject({ status: 'pending', author: 'r.volunteer', kind: 'edit', sensitive: false })
    // Nothing is published before a coordinator approves.
    expect((await published()).manifest.hash).toBe(before.manifest.hash)

    const response = await approve(proposal.id)
    expect(response.statusCode, response.body).toBe(200)
    const approval = response.json() as ApprovalView
    const after = await published()
    expect(after.manifest.hash).not.toBe(before.manifest.hash)
    expect(approval.publishedVersion).toBeGreaterThan(1)
    expect(approval.proposal).toMatchObject({ status: 'approved', decidedBy: 'r.coordinator2', publishedVersion: approval.publishedVersion })
    expect(after.dataset.places.find((p) => p.id === 'hospital-klang')?.name.en).toBe('Klang Hospital (BMA General Hospital)')
    const shelters = after.dataset.places.filter((p) => p.visibility === 'hidden')
    expect(shelters.length).toBeGreaterThan(0)
    for (const shelter of shelters) expect([shelter.location, shelter.address]).toEqual([null, undefined])
    // Who proposed and who approved stay on the staff side.
    expect(after.body).not.toMatch(/r\.volunteer|r\.coordinator/)
  })

  it('refuses the author approving their own proposal, with a clear reason', async () => {
    const base = await workingPlace('hospital-klang')
    const proposal = await proposed({ kind: 'edit', clientId: clientId(), placeId: 'hospital-klang', base: base.place, proposed: edited(base.place, (p) => (p.phones = [])) }, coordinator)
    const response = await approve(proposal.id, coordinator)
    expect(response.statusCode).toBe(403)
    expect(response.json()).toMatchObject({ code: 'own_proposal', message: { en: expect.stringMatching(/second person/) } })
    await staffRequest(app, 'POST', `/api/staff/proposals/${proposal.id}/reject`, { reason: 'ทดสอบ' }, { cookie: otherCoordinator })
  })
})

describe('a rejection', () => {
  it('needs a reason, which the volunteer then sees with the outcome', async () => {
    const base = await workingPlace('police-phra-ratchawang')
    const proposal = await proposed({ kind: 'edit', clientId: clientId(), placeId: base.place.properties.id, base: base.place, proposed: edited(base.place, (p) => (p.hours = '24h')) })
    for (const reason of ['', '   ', 'x'.repeat(501)]) {
      const refused = await staffRequest(app, 'POST', `/api/staff/proposals/${proposal.id}/reject`, { reason }, { cookie: coordinator })
      expect(refused.statusCode).toBe(400)
      expect((refused.json() as { code: string }).code).toBe('reason_required')
    }
    const rejected = await staffRequest(app, 'POST', `/api/staff/proposals/${proposal.id}/reject`, { reason: 'สถานีนี้ไม่ได้เปิด 24 ชั่วโมง' }, { cookie: coordinator })
    expect(rejected.statusCode).toBe(200)
    const mine = (await staffRequest(app, 'GET', '/api/staff/proposals?mine=1', undefined, { cookie: volunteer })).json() as { proposals: ProposalView[] }
    expect(mine.proposals.find((p) => p.id === proposal.id)).toMatchObject({ status: 'rejected', rejectionReason: 'สถานีนี้ไม่ได้เปิด 24 ชั่วโมง', decidedBy: 'r.coordinator' })
    expect((await approve(proposal.id)).json()).toMatchObject({ code: 'proposal_decided' })
  })
})

describe('sensitive proposals', () => {
  it('need a second confirmation to remove a place, which then leaves the published dataset', async () => {
    const base = await workingPlace('safe-house-wat-sawasdi-wari-simaram')
    const proposal = await proposed({ kind: 'remove', clientId: clientId(), placeId: base.place.properties.id, base: base.place, comment: 'ย้ายไปแล้ว' })
    expect(proposal.sensitive).toBe(true)
    const unconfirmed = await approve(proposal.id)
    expect(unconfirmed.statusCode).toBe(400)
    expect((unconfirmed.json() as { code: string }).code).toBe('confirmation_required')
    expect((await published()).dataset.places.some((p) => p.id === base.place.properties.id)).toBe(true)
    const confirmed = await approve(proposal.id, otherCoordinator, { confirmSensitive: true })
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    expect((await published()).dataset.places.some((p) => p.id === base.place.properties.id)).toBe(false)
  })
})

describe('a conflicting edit', () => {
  it('is refused with 409 and the current version when the place changed since it was loaded', async () => {
    const stale = await workingPlace('hospital-police-general')
    const first = await proposed({ kind: 'edit', clientId: clientId(), placeId: 'hospital-police-general', base: stale.place, proposed: edited(stale.place, (p) => (p.hours = '24h')) })
    expect((await approve(first.id)).statusCode).toBe(200)
    const response = await propose({ kind: 'edit', clientId: clientId(), placeId: 'hospital-police-general', base: stale.place, proposed: edited(stale.place, (p) => (p.services = ['oscc'])) })
    expect(response.statusCode).toBe(409)
    const conflict = response.json() as ProposalConflictView
    expect(conflict.code).toBe('conflict')
    expect(conflict.current).toEqual(await workingPlace('hospital-police-general'))
    expect(conflict.current.place.properties.hours).toBe('24h')
  })

  it('and a check made before the place changed too', async () => {
    const stale = await workingPlace('hospital-police-general')
    const base = await workingPlace('hospital-police-general')
    const first = await proposed({ kind: 'edit', clientId: clientId(), placeId: base.place.properties.id, base: base.place, proposed: edited(base.place, (p) => (p.name = { ...p.name, en: 'Police General Hospital' })) })
    expect((await approve(first.id)).statusCode).toBe(200)
    const response = await propose({ kind: 'check', clientId: clientId(), placeId: 'hospital-police-general', baseUpdatedAt: stale.updatedAt, answers: [{ fact: 'phone', ok: true }] })
    expect(response.statusCode).toBe(409)
  })
})

describe('a retried send', () => {
  it('stores one proposal for one clientId', async () => {
    const base = await workingPlace('police-chana-songkhram')
    const input: ProposalInput = { kind: 'check', clientId: clientId(), placeId: 'police-chana-songkhram', baseUpdatedAt: base.updatedAt, answers: [{ fact: 'location', ok: true }] }
    const first = await propose(input)
    const again = await propose(input)
    expect([first.statusCode, again.statusCode]).toEqual([201, 200])
    expect((again.json() as ProposalView).id).toBe((first.json() as ProposalView).id)
    const mine = (await staffRequest(app, 'GET', '/api/staff/proposals?mine=1', undefined, { cookie: volunteer })).json() as { proposals: ProposalView[] }
    expect(mine.proposals.filter((p) => p.clientId === input.clientId)).toHaveLength(1)
  })
})

describe('a check with every answer right', () => {
  it('gives the place its check days and makes it verified by a community volunteer, never by name', async () => {
    const base = await workingPlace('police-samran-rat')
    const checkedOn = '2026-12-01'
    const proposal = await proposed({
      kind: 'check',
      clientId: clientId(),
      placeId: 'police-samran-rat',
      baseUpdatedAt: base.updatedAt,
      answers: [{ fact: 'location', ok: true }, { fact: 'hours', ok: true }],
    })
    expect(proposal.after?.properties.checks).toEqual({ location: checkedOn, hours: checkedOn })
    // Approved two days later: the facts were checked on the day of the check.
    await daysLater(2)
    expect((await approve(proposal.id)).statusCode).toBe(200)
    const place = (await published()).dataset.places.find((p) => p.id === 'police-samran-rat')
    expect(place?.checks).toEqual({ location: checkedOn, hours: checkedOn })
    expect(place?.verification).toEqual({ status: 'verified', verifiedAt: checkedOn, source: 'community_volunteer' })
    expect((await workingPlace('police-samran-rat')).checks).toEqual({ location: checkedOn, hours: checkedOn })
  })

  it('but a fact found wrong loses its check day and the place is not verified', async () => {
    const base = await workingPlace('police-samran-rat')
    const proposal = await proposed({ kind: 'check', clientId: clientId(), placeId: 'police-samran-rat', baseUpdatedAt: base.updatedAt, answers: [{ fact: 'hours', ok: false, note: 'ปิดกลางคืน' }] })
    expect((await approve(proposal.id)).statusCode).toBe(200)
    const place = (await published()).dataset.places.find((p) => p.id === 'police-samran-rat')
    expect(place?.checks).toEqual({ location: '2026-12-01' })
    expect(place?.verification).toEqual({ status: 'unverified' })
  })
})

describe('the shared rules', () => {
  it('refuse a bad place with every problem by field, in Thai and English, and store nothing', async () => {
    const base = await workingPlace('hospital-klang')
    const bad = edited(base.place, (p) => {
      p.name = { th: ' ' }
      p.verification = { status: 'verified', verifiedAt: '2026-12-01', source: 'Somchai' }
    })
    bad.point = { lat: base.place.point!.lng, lng: base.place.point!.lat }
    const response = await propose({ kind: 'edit', clientId: clientId(), placeId: 'hospital-klang', base: base.place, proposed: bad })
    expect(response.statusCode).toBe(400)
    const answer = response.json() as ProposalProblemsView
    expect(answer.code).toBe('invalid_place')
    expect(answer.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['name', 'point', 'verification']))
    for (const problem of answer.problems) expect(problem.message.th && problem.message.en).toBeTruthy()
  })

  it('queue: only coordinators see pending proposals', async () => {
    const asVolunteer = await staffRequest(app, 'GET', '/api/staff/proposals?status=pending', undefined, { cookie: volunteer })
    expect(asVolunteer.statusCode).toBe(403)
    const asCoordinator = await staffRequest(app, 'GET', '/api/staff/proposals?status=pending', undefined, { cookie: coordinator })
    expect(asCoordinator.statusCode).toBe(200)
    for (const p of (asCoordinator.json() as { proposals: ProposalView[] }).proposals) expect(p.status).toBe('pending')
  })
})

describe('an import batch', () => {
  it('stores each valid row and reports each refused one, row by row', async () => {
    const base = await workingPlace('hospital-klang')
    const added = edited(base.place, (p) => {
      p.id = 'hospital-klang-annex'
      p.name = { th: 'อาคารใหม่โรงพยาบาลกลาง' }
      p.verification = { status: 'unverified' }
    })
    added.point = { lat: base.place.point!.lat + 0.002, lng: base.place.point!.lng }
    const missingName = edited(added, (p) => (p.name = { th: '' }))
    missingName.properties.id = 'hospital-klang-other'
    const response = await staffRequest(app, 'POST', '/api/staff/proposals/batch', { proposals: [{ kind: 'add', clientId: clientId(), proposed: added }, { kind: 'add', clientId: clientId(), proposed: missingName }] }, { cookie: coordinator })
    expect(response.statusCode, response.body).toBe(200)
    const { results } = response.json() as ProposalBatchView
    expect(results.map((r) => r.outcome)).toEqual(['stored', 'invalid'])
    expect(results[1]?.outcome === 'invalid' && results[1].problems.map((p) => p.field)).toContain('name')
  })
})

describe('the audit log', () => {
  it('records proposals, approvals, rejections and each published version', async () => {
    const response = await staffRequest(app, 'GET', '/api/staff/audit?limit=200', undefined, { cookie: adminCookie })
    const actions = new Set((response.json() as { entries: Array<{ action: string }> }).entries.map((e) => e.action))
    for (const action of ['proposal_created', 'proposal_approved', 'proposal_rejected', 'dataset_published']) expect(actions).toContain(action)
  })
})
