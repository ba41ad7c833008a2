import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { DatasetManifest } from '@common/place'
import type { ProposalView, WorkingSetView } from '@common/volunteer/api'
import { loadConfig } from '../../server/config'
import { startServer, type RunningServer } from '../../server/start'
import { addStaff, setUpFirstAdmin, staffRequest, TEST_PASSWORD } from '../../server/testing/staff'
import { csvText, goodRow } from '../unit/fixtures/placesImport'
import { usePhoneBrowser } from './support/phoneBrowser'
import { signInAtStaff } from './support/staffPage'

// A coordinator at /staff on the server as `npm start` runs it, with a database of its own: the
// volunteer's proposal is made through the API (volunteer mode has its own tests), the review and
// the import through the page.
describe.runIf(inject('hasChromium'))('review and import at /staff', () => {
  const browser = usePhoneBrowser()
  let server: RunningServer
  let dataDir: string
  let volunteer: string
  let otherCoordinator: string

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'safe-space-map-review-e2e-'))
    server = await startServer(loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir }), { distDir: inject('distDir'), log: false, showSetupLink: () => undefined })
    const admin = await setUpFirstAdmin(server.app, 'admin.review')
    await addStaff(server.app, admin, 'coord.review', 'coordinator')
    otherCoordinator = (await addStaff(server.app, admin, 'coord.other', 'coordinator')).cookie
    volunteer = (await addStaff(server.app, admin, 'vol.review', 'volunteer')).cookie
  })
  afterAll(async () => {
    await server?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  async function signedInCoordinator(): Promise<Page> {
    const page = await (await browser.newContext()).newPage()
    await signInAtStaff(page, server.url, 'coord.review', TEST_PASSWORD)
    return page
  }

  const manifest = async () => (await (await fetch(new URL('/data/manifest.json', server.url))).json()) as DatasetManifest
  const pending = async () => (staffRequest(server.app, 'GET', '/api/staff/proposals?status=pending', undefined, { cookie: otherCoordinator }).then((r) => r.json())) as Promise<{ proposals: ProposalView[] }>

  it('a coordinator approves a volunteer’s edit (the station’s phone, added): the diff and the pins are shown, and the dataset version changes', async () => {
    const { places } = (await staffRequest(server.app, 'GET', '/api/staff/places', undefined, { cookie: volunteer })).json() as WorkingSetView
    const base = places.find((working) => working.place.properties.id === 'police-dusit')?.place
    if (!base) throw new Error('police-dusit is not in the working set')
    expect(base.properties.phones).toEqual([])
    const proposed = { properties: { ...base.properties, phones: [{ e164: '+6622811999', display: '02 281 1999' }] }, point: base.point }
    const sent = await staffRequest(server.app, 'POST', '/api/staff/proposals', { kind: 'edit', clientId: crypto.randomUUID(), placeId: 'police-dusit', base, proposed }, { cookie: volunteer })
    expect(sent.statusCode).toBe(201)
    const before = await manifest()

    const page = await signedInCoordinator()
    await page.getByTestId('staff-section-review').click()
    const card = page.getByTestId('review-proposal')
    await card.waitFor()
    expect(await card.getByTestId('review-proposed-by').innerText()).toContain('vol.review')
    const phone = card.locator('[data-testid="review-diff-row"][data-column="phone_1"]')
    expect(await phone.getByTestId('review-before').innerText()).toBe('(ว่าง)')
    expect(await phone.getByTestId('review-after').innerText()).toBe('02 281 1999')
    expect(await card.getByTestId('review-pin-after').count()).toBe(1)

    await card.getByTestId('review-approve').click()
    const approved = await card.getByTestId('review-approved').innerText()
    const after = await manifest()
    expect(after.version).not.toBe(before.version)
    expect(approved).toMatch(/ชุดที่ \d+/)
  })

  it('a CSV with good and bad rows: each bad row is shown by row and column, and only the confirmed rows become proposals', async () => {
    const csv = csvText([
      goodRow('police-e2e-new', { lat: '13.7795', lng: '100.513' }),
      goodRow('police-e2e-swapped', { lat: '100.513', lng: '13.7795' }),
      goodRow('police-e2e-phone', { lat: '13.776', lng: '100.514', phone_1: '02 12' }),
    ])
    const proposalsBefore = (await pending()).proposals.length
    const page = await signedInCoordinator()
    await page.getByTestId('staff-section-import').click()
    await page.getByTestId('import-file').setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) })
    await page.getByTestId('import-summary').waitFor()
    const problems = page.getByTestId('import-problem')
    const where = await problems.evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-row')} ${row.getAttribute('data-column')} ${row.getAttribute('data-severity')}`))
    expect(where).toEqual(['3 lat error', '4 phone_1 error'])
    expect(await problems.first().innerText()).toContain('Latitude and longitude look swapped')
    expect(await page.getByTestId('import-encoding').innerText()).toContain('UTF-8')
    // Nothing is saved before the person confirms.
    expect((await pending()).proposals.length).toBe(proposalsBefore)

    await page.getByTestId('import-confirm').click()
    expect(await page.getByTestId('import-sent').innerText()).toContain('ส่งแล้ว 1 รายการ')
    const imported = (await pending()).proposals.filter((proposal) => proposal.placeId.startsWith('police-e2e'))
    expect(imported.map((proposal) => [proposal.kind, proposal.placeId, proposal.author])).toEqual([['add', 'police-e2e-new', 'coord.review']])
  })
})
