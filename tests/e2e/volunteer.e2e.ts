import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { ProposalView, WorkingPlaceView, WorkingSetView } from '@common/volunteer/api'
import { loadConfig } from '../../server/config'
import { createAccount } from '../../server/auth/accounts'
import { hashPassword } from '../../server/auth/passwordHash'
import { startServer, type RunningServer } from '../../server/start'
import { addAxe, axeViolations, formatViolations } from './support/axe'
import { usePhoneBrowser } from './support/phoneBrowser'
import { openPlaceToCheck, signInFromMenu } from './support/volunteerMode'

const VOLUNTEER = { username: 'somchai.e2e', password: 'ต้นมะม่วงหน้าบ้านออกดอกแล้ว' }
const OTHER_VOLUNTEER = { username: 'malee.e2e', password: 'long boats on the khlong at dawn' }
const COORDINATOR = { username: 'coord.e2e', password: 'river ferries cross at sathorn pier' }

/** A staff session driven from Node, as the coordinator's and another volunteer's phones would. */
async function apiSession(baseUrl: string, who: { username: string; password: string }) {
  const signIn = await fetch(`${baseUrl}/api/staff/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(who),
  })
  if (!signIn.ok) throw new Error(`sign-in ${who.username}: ${signIn.status} ${await signIn.text()}`)
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, origin: baseUrl, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
  return { call }
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page)
  expect(violations.length, formatViolations(screen, violations)).toBe(0)
}

async function volunteerDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''))
}

/** Everything the resident app's own database holds, as one string. */
async function residentDatabaseText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('safe-space-map')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = [...db.objectStoreNames]
          const tx = db.transaction(names)
          const parts: string[] = []
          for (const name of names) {
            const all = tx.objectStore(name).getAll()
            all.onsuccess = () => parts.push(`${name}:${JSON.stringify(all.result)}`)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(parts.join('\n'))
          }
        }
      }),
  )
}

// Volunteer mode against the real server (its own database): offline checks and edits that arrive
// once, a conflicting edit shown side by side, and a sign-out that leaves no volunteer data.
describe.runIf(inject('hasChromium'))('volunteer mode', () => {
  const browser = usePhoneBrowser()
  let server: RunningServer
  let dataDir: string
  let baseUrl: string
  let place: WorkingPlaceView
  let closedPlace: WorkingPlaceView

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'safe-space-map-volunteer-e2e-'))
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir })
    const template = new Blob([await readFile(inject('databaseTemplate'))])
    server = await startServer(config, { distDir: inject('distDir'), template, log: false, showSetupLink: () => undefined })
    baseUrl = server.url.replace(/\/$/, '')
    const now = new Date()
    for (const [who, role] of [[VOLUNTEER, 'volunteer'], [OTHER_VOLUNTEER, 'volunteer'], [COORDINATOR, 'coordinator']] as const) {
      await createAccount(server.database.db, { username: who.username, role, passwordHash: await hashPassword(who.password) }, now)
    }
    const working = await (await apiSession(baseUrl, OTHER_VOLUNTEER)).call<WorkingSetView>('GET', '/api/staff/places')
    const police = working.places.find((view) => view.place.properties.kind === 'police_station' && view.place.point !== null)
    if (!police) throw new Error('no police station with a position in the seeded working set')
    place = police
    const another = working.places.find((view) => view.place.properties.kind === 'police_station' && view.place.point !== null && view !== police)
    if (!another) throw new Error('no second police station with a position in the seeded working set')
    closedPlace = another
  })
  afterAll(async () => {
    await server?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  async function signedInVolunteer(context: BrowserContext): Promise<Page> {
    await addAxe(context)
    const page = await context.newPage()
    await signInFromMenu(page, baseUrl, VOLUNTEER)
    return page
  }

  const openPlace = (page: Page, view: WorkingPlaceView) => openPlaceToCheck(page, view.place.properties)

  it('checks and edits a place offline; online again, each proposal arrives once; sign-out leaves nothing', async () => {
    const context = await browser.newContext()
    const page = await signedInVolunteer(context)
    expect(await page.getByTestId('volunteer-who').innerText()).toContain(VOLUNTEER.username)

    await openPlace(page, place)
    await context.setOffline(true)
    await page.getByTestId('check-all-right').click()
    await page.getByTestId('check-queued').waitFor()
    await page.getByTestId('volunteer-edit').click()
    await page.getByTestId('edit-phones').fill('02 280 0000')
    await expectNoViolations(page, 'the volunteer edit form, offline')
    await page.getByTestId('edit-submit').click()
    await expect.poll(() => page.getByTestId('pending-job').count()).toBe(2)
    expect(await page.getByTestId('volunteer-pending-count').innerText()).toContain('2')

    await context.setOffline(false)
    await expect.poll(() => page.getByTestId('pending-job').count(), { timeout: 20_000 }).toBe(0)
    // The network dropping and returning again sends nothing more.
    await context.setOffline(true)
    await context.setOffline(false)
    const mine = await (await apiSession(baseUrl, VOLUNTEER)).call<{ proposals: ProposalView[] }>('GET', '/api/staff/proposals?mine=1')
    expect(mine.proposals.map((proposal) => proposal.kind).sort()).toEqual(['check', 'edit'])
    expect(mine.proposals.find((proposal) => proposal.kind === 'edit')?.after?.properties.phones.map((phone) => phone.display)).toEqual(['02 280 0000'])
    await expect.poll(() => page.locator('[data-testid="my-proposal"][data-status="pending"]').count()).toBe(2)

    await page.getByTestId('volunteer-sign-out-button').click()
    await page.getByTestId('volunteer-signed-out').waitFor()
    expect(await volunteerDatabases(page)).not.toContain('safe-space-map-volunteer')
    expect(await residentDatabaseText(page)).not.toContain(VOLUNTEER.username)
    expect(await residentDatabaseText(page)).not.toContain('02 280 0000')
  })

  it('an edit of a place changed on the server meanwhile shows both versions side by side to choose from', async () => {
    const context = await browser.newContext()
    const page = await signedInVolunteer(context)
    // The place as this phone loaded it; now another volunteer renames it and a coordinator approves.
    const [current] = (await (await apiSession(baseUrl, OTHER_VOLUNTEER)).call<WorkingSetView>('GET', '/api/staff/places')).places.filter(
      (view) => view.place.properties.id === place.place.properties.id,
    )
    if (!current) throw new Error('place gone')
    await openPlace(page, current)
    const other = await apiSession(baseUrl, OTHER_VOLUNTEER)
    const renamed = { ...current.place, properties: { ...current.place.properties, name: { ...current.place.properties.name, th: `${current.place.properties.name.th} (ย้ายแล้ว)` } } }
    const proposal = await other.call<ProposalView>('POST', '/api/staff/proposals', { kind: 'edit', clientId: crypto.randomUUID(), placeId: current.place.properties.id, base: current.place, proposed: renamed })
    await (await apiSession(baseUrl, COORDINATOR)).call('POST', `/api/staff/proposals/${proposal.id}/approve`, { confirmSensitive: true })

    await page.getByTestId('volunteer-edit').click()
    await page.getByTestId('edit-name-th').fill(`${current.place.properties.name.th} สาขาใหม่`)
    await page.getByTestId('edit-submit').click()
    const chooser = page.getByTestId('conflict-chooser')
    await chooser.waitFor({ timeout: 20_000 })
    const nameRow = chooser.locator('[data-testid="conflict-row"][data-field="name"]')
    expect(await nameRow.getAttribute('data-conflict')).toBe('true')
    expect(await nameRow.innerText()).toContain('(ย้ายแล้ว)')
    expect(await nameRow.innerText()).toContain('สาขาใหม่')
    expect(await page.getByTestId('conflict-send').isDisabled()).toBe(true)
    await expectNoViolations(page, 'the conflict chooser')
    await page.getByTestId('choose-mine-name').check()
    await page.getByTestId('conflict-send').click()
    await expect.poll(() => page.getByTestId('pending-job').count(), { timeout: 20_000 }).toBe(0)
    const mine = await (await apiSession(baseUrl, VOLUNTEER)).call<{ proposals: ProposalView[] }>('GET', '/api/staff/proposals?mine=1')
    const settled = mine.proposals.find((p) => p.kind === 'edit' && p.after?.properties.name.th.endsWith('สาขาใหม่'))
    expect(settled?.before?.properties.name.th).toContain('(ย้ายแล้ว)')
  })

  it('a removal proposed online, with its reason, is stored once as a removal', async () => {
    const page = await signedInVolunteer(await browser.newContext())
    await openPlace(page, closedPlace)
    await page.getByTestId('volunteer-edit').click()
    await page.getByTestId('removal-open').click()
    await page.getByTestId('removal-send').click()
    await page.getByTestId('removal-reason-problem').waitFor()
    await expectNoViolations(page, 'the removal proposal with a missing reason')
    await page.getByTestId('removal-reason').fill('ปิดถาวรแล้ว ย้ายไปรวมกับสถานีอื่น')
    await page.getByTestId('removal-send').click()
    await page.getByTestId('removal-queued').waitFor()
    await expect.poll(() => page.getByTestId('pending-job').count(), { timeout: 20_000 }).toBe(0)
    const mine = await (await apiSession(baseUrl, VOLUNTEER)).call<{ proposals: ProposalView[] }>('GET', '/api/staff/proposals?mine=1')
    const removals = mine.proposals.filter((proposal) => proposal.placeId === closedPlace.place.properties.id)
    expect(removals.map((proposal) => [proposal.kind, proposal.comment, proposal.sensitive])).toEqual([['remove', 'ปิดถาวรแล้ว ย้ายไปรวมกับสถานีอื่น', true]])
  })
})
