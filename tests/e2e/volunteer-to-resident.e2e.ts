import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { DatasetManifest, Place } from '@common/place'
import { createAccount } from '../../server/auth/accounts'
import { hashPassword } from '../../server/auth/passwordHash'
import { builtDataset } from './support/builtData'
import { usePhoneBrowser } from './support/phoneBrowser'
import { servePrivateCopy, type ServedBuild } from './support/preview'
import { visitUntilControlled } from './support/serviceWorker'
import { signInAtStaff } from './support/staffPage'
import { openPlaceToCheck, signInFromMenu } from './support/volunteerMode'
import { DATASET_SETTLED } from './support/datasetSettled'

const VOLUNTEER = { username: 'somsri.chain', password: 'ต้นมะม่วงหน้าบ้านออกดอกแล้ว' }
const COORDINATOR = { username: 'coord.chain', password: 'river ferries cross at sathorn pier' }

/**
 * A police station to check, and a hospital shown at its exact position to move (approximate places are
 * published coarsened, so only an exact one shows the very pin the volunteer set). Neither is sensitive:
 * one approval each.
 */
function stationAndHospital(): { checked: Place; moved: Place } {
  const { places } = builtDataset()
  const checked = places.find((place) => place.kind === 'police_station')
  const moved = places.find((place) => place.kind === 'hospital' && place.visibility === 'exact' && place.location !== null)
  if (!checked || !moved) throw new Error('the built dataset has no police station or no hospital at an exact position')
  return { checked, moved }
}

/** What the resident's sheet says about a place: where its map link points, and how fresh it is. */
async function residentSheet(page: Page, place: Place): Promise<{ mapLink: string; byVolunteer: string | null; freshness: string | null }> {
  await page.getByTestId('search-input').fill(place.name.th)
  await page.getByTestId('place-list').locator(`[data-testid="place-list-item"][data-place-id="${place.id}"] button`).first().click()
  const sheet = page.getByTestId('place-sheet')
  await sheet.waitFor()
  const byVolunteer = sheet.getByTestId('checked-by-volunteer')
  const freshness = sheet.getByTestId('fact-freshness')
  const seen = {
    mapLink: (await sheet.getByTestId('open-in-maps').getAttribute('href')) ?? '',
    byVolunteer: (await byVolunteer.count()) > 0 ? await byVolunteer.innerText() : null,
    freshness: (await freshness.count()) > 0 ? await freshness.innerText() : null,
  }
  await page.keyboard.press('Escape')
  await sheet.waitFor({ state: 'detached' })
  return seen
}

const sixDecimals = (degrees: number) => Math.round(degrees * 1e6) / 1e6
/** The position part of the sheet's `geo:` link (positions are published, and linked, to six decimals). */
const geoPoint = ({ lat, lng }: { lat: number; lng: number }) => `geo:${sixDecimals(lat)},${sixDecimals(lng)}`
const linkedPoint = (mapLink: string) => mapLink.split('?')[0]

// The whole chain of issue #10 on one server: a volunteer's offline check and pin move, a coordinator's
// approval at /staff, and a resident's phone (its own context, with the service worker) that shows the
// new data on its next visit and keeps it offline.
describe.runIf(inject('hasChromium'))('from a volunteer’s phone to a resident’s', () => {
  let server: ServedBuild
  beforeAll(async () => {
    server = await servePrivateCopy(inject('distDir'), inject('databaseTemplate'))
    const now = new Date()
    for (const [who, role] of [[VOLUNTEER, 'volunteer'], [COORDINATOR, 'coordinator']] as const) {
      await createAccount(server.db, { username: who.username, role, passwordHash: await hashPassword(who.password) }, now)
    }
  })
  afterAll(async () => {
    await server?.close()
  })
  // Registered after the server's hooks, so the contexts close before the server does.
  const browser = usePhoneBrowser()

  it('a station checked and a hospital’s pin moved offline reach a resident after approval, and stay offline days later', async () => {
    const { checked, moved } = stationAndHospital()
    const old = moved.location!
    // About 230 m north-east: still in the district, far enough that the old link cannot pass for the new one.
    const pin = { lat: sixDecimals(old.lat + 0.0017), lng: sixDecimals(old.lng + 0.0015) }
    const manifest = async () => (await (await fetch(new URL('data/manifest.json', server.url))).json()) as DatasetManifest

    // The resident opened the app once: it holds an offline copy, with the places as first published.
    const residentContext = await browser.newContext({ serviceWorkers: true })
    const resident = await visitUntilControlled(residentContext, server.url)
    const firstVersion = (await manifest()).version
    await resident.getByTestId('dataset-summary').filter({ hasText: firstVersion }).waitFor()

    // The volunteer loses the signal in the street, checks a police station and moves a hospital’s pin.
    const volunteerContext = await browser.newContext()
    const volunteer = await volunteerContext.newPage()
    await signInFromMenu(volunteer, server.url, VOLUNTEER)
    await openPlaceToCheck(volunteer, checked)
    await volunteerContext.setOffline(true)
    await volunteer.getByTestId('check-all-right').click()
    await volunteer.getByTestId('check-queued').waitFor()
    await volunteer.getByTestId('volunteer-place-back').click()
    await openPlaceToCheck(volunteer, moved)
    await volunteer.getByTestId('volunteer-edit').click()
    await volunteer.getByTestId('pin-lat').fill(String(pin.lat))
    await volunteer.getByTestId('pin-lng').fill(String(pin.lng))
    await volunteer.getByTestId('pin-lng').press('Tab')
    await volunteer.getByTestId('edit-submit').click()
    await expect.poll(() => volunteer.getByTestId('pending-job').count()).toBe(2)
    await volunteerContext.setOffline(false)
    await expect.poll(() => volunteer.getByTestId('pending-job').count(), { timeout: 20_000 }).toBe(0)
    await expect.poll(() => volunteer.locator('[data-testid="my-proposal"][data-status="pending"]').count()).toBe(2)

    // Proposed is not published: the resident's next visit still shows the old pin and no volunteer's check.
    await resident.reload()
    await resident.locator('[data-testid="dataset-status"][data-phase="ready"]').waitFor(DATASET_SETTLED)
    expect((await manifest()).version).toBe(firstVersion)
    const beforeApproval = await residentSheet(resident, moved)
    expect(linkedPoint(beforeApproval.mapLink)).toBe(geoPoint(old))
    expect((await residentSheet(resident, checked)).byVolunteer).toBeNull()

    // A coordinator approves both at /staff.
    const coordinator = await (await browser.newContext()).newPage()
    await signInAtStaff(coordinator, server.url, COORDINATOR.username, COORDINATOR.password)
    await coordinator.getByTestId('staff-section-review').click()
    const cards = coordinator.getByTestId('review-proposal')
    await expect.poll(() => cards.count()).toBe(2)
    for (const id of await cards.evaluateAll((found) => found.map((card) => card.getAttribute('data-proposal')))) {
      const card = coordinator.locator(`[data-testid="review-proposal"][data-proposal="${id}"]`)
      await card.getByTestId('review-approve').click()
      await card.getByTestId('review-approved').waitFor()
    }
    const published = (await manifest()).version
    expect(published).not.toBe(firstVersion)
    // The volunteer sees the outcome of both.
    await volunteer.getByTestId('volunteer-refresh').click()
    await expect.poll(() => volunteer.locator('[data-testid="my-proposal"][data-status="approved"]').count()).toBe(2)

    // The resident's next visit picks up the new dataset: the moved pin, and who checked the station and when.
    await resident.reload()
    await resident.getByTestId('dataset-summary').filter({ hasText: published }).waitFor(DATASET_SETTLED)
    const expectPublished = async (checkedLine: string) => {
      expect(linkedPoint((await residentSheet(resident, moved)).mapLink)).toBe(geoPoint(pin))
      const station = await residentSheet(resident, checked)
      expect(station.byVolunteer).toContain('อาสาสมัครชุมชนตรวจแล้ว')
      expect(station.freshness).toContain(checkedLine)
    }
    await expectPublished('ตำแหน่งตรวจวันนี้')

    // Twelve days later, with no signal at the resident's: the stored copy still has both, and the check has aged.
    await residentContext.clock.setFixedTime(Date.now() + 12 * 24 * 60 * 60 * 1000)
    await residentContext.setOffline(true)
    await resident.reload()
    await resident.getByTestId('offline-indicator').waitFor()
    await resident.getByTestId('dataset-summary').filter({ hasText: published }).waitFor()
    await expectPublished('ตำแหน่งตรวจเมื่อ 12 วันก่อน')
  })
})
