import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WORKSHOP_CHANNEL } from '@common/workshop/api'
import { makeDataset } from '@/domain/datasetUpdate.fixtures'
import { createFeatureI18n } from '@/locales'
import desk from '@/locales/messages/desk'
import presenter from '@/locales/messages/presenter'
import report from '@/locales/messages/report'
import { samplePayload } from '@/staff/inbox/testing/deskTestKit'
import { REPORTS_POLL_MS } from './components/DemoReports.vue'
import { FakeWorkshopServer, PRESENTER_KEY } from './testing/fakeWorkshopServer'
import PresenterApp from './PresenterApp.vue'

const dataset = makeDataset('2026-12-01', ['a', 'b'])
let server: FakeWorkshopServer
let wrapper: VueWrapper | undefined
const i18n = createFeatureI18n([presenter, desk, report])
const thai = (key: string) => i18n.global.t(key, {}, { locale: 'th' })

async function openPresenterPage(hash: string): Promise<VueWrapper> {
  window.history.replaceState(null, '', `/workshop${hash}`)
  server.install()
  wrapper = mount(PresenterApp, { attachTo: document.body, global: { plugins: [i18n] } })
  // Sign-in, the view, the key import and the reports, each a few awaits deep.
  for (let round = 0; round < 5; round++) await flushPromises()
  await vi.waitFor(() => expect(wrapper?.find('[data-presenter-status="checking"]').exists()).toBe(false))
  return wrapper
}

const byTestId = (page: VueWrapper, id: string) => page.find(`[data-testid="${id}"]`)

beforeEach(async () => {
  // jsdom draws no canvas (the handout's printable QR codes); the E2E test reads them from a real PDF.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  server = await FakeWorkshopServer.create(dataset)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('signing in with the presenter link', () => {
  it('posts the key from the address, takes it out of the address bar, and shows the presenter view', async () => {
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    expect(server.requests[0]).toEqual({ method: 'POST', path: '/api/workshop/presenter/session', body: { key: PRESENTER_KEY } })
    expect(window.location.href).not.toContain(PRESENTER_KEY)
    expect(window.location.pathname).toBe('/workshop')
    expect(byTestId(page, 'presenter-join').exists()).toBe(true)
  })

  it.each([
    ['a wrong key', '#key=not-the-presenter-key-at-all'],
    ['no key and no session', ''],
  ])('with %s, says in Thai and English to copy the link from the laptop’s terminal', async (_, hash) => {
    const page = await openPresenterPage(hash)
    const message = byTestId(page, 'staff-problem').text()
    expect(message).toContain('Terminal')
    expect(message).toContain('terminal of the laptop')
    expect(message).toMatch(/คัดลอกลิงก์ผู้บรรยาย/)
    expect(byTestId(page, 'presenter-join').exists()).toBe(false)
  })
})

describe('the presenter view', () => {
  it('shows each LAN address as a QR code with the join code under it, the accounts and the pending proposals', async () => {
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    const address = byTestId(page, 'presenter-address')
    expect(address.find('svg[data-testid="qr-code"] path').attributes('d')).toMatch(/^M/)
    expect(address.text()).toContain('http://192.168.1.23:8080/')
    expect(byTestId(page, 'presenter-join-code').text()).toContain('K7M3')
    expect(byTestId(page, 'presenter-account-volunteer').text()).toContain('demo-volunteer')
    expect(byTestId(page, 'presenter-account-trainer').text()).toContain('ฝึกวิทยากร-2026')
    expect(byTestId(page, 'presenter-pending-count').attributes('data-count')).toBe('2')
    expect(byTestId(page, 'presenter-staff-link').attributes('href')).toBe('/staff')
  })

  it('hides the install QR code when no public address is set, and shows it when one is', async () => {
    expect(byTestId(await openPresenterPage(`#key=${PRESENTER_KEY}`), 'presenter-install').exists()).toBe(false)
    wrapper?.unmount()
    server = await FakeWorkshopServer.create(dataset, 'https://map.example.org/')
    const install = byTestId(await openPresenterPage(`#key=${PRESENTER_KEY}`), 'presenter-install')
    expect(install.text()).toContain('https://map.example.org/')
    expect(install.find('[data-testid="qr-code"]').exists()).toBe(true)
  })

  it('walks through the demo steps, highlighting the current one; the hidden form’s step never says how to open it', async () => {
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    const current = () => page.findAll('[data-testid="presenter-step"]').findIndex((step) => step.attributes('aria-current') === 'step')
    expect(page.findAll('[data-testid="presenter-step"]')).toHaveLength(8)
    expect(current()).toBe(0)
    await byTestId(page, 'presenter-step-next').trigger('click')
    await byTestId(page, 'presenter-step-next').trigger('click')
    expect(current()).toBe(2)
    await byTestId(page, 'presenter-step-previous').trigger('click')
    expect(current()).toBe(1)
    expect(byTestId(page, 'presenter-steps').text()).not.toMatch(/โลโก้|logo|ห้าครั้ง|five/i)
  })

  it('“simulate offline” tells the projected app on the workshop channel', async () => {
    const heard: unknown[] = []
    const projected = new BroadcastChannel(WORKSHOP_CHANNEL)
    projected.onmessage = (event: MessageEvent) => heard.push(event.data)
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    await byTestId(page, 'presenter-simulate-offline').setValue(true)
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'simulate-offline', offline: true }]))
    await byTestId(page, 'presenter-simulate-offline').setValue(false)
    await vi.waitFor(() => expect(heard).toHaveLength(2))
    expect(heard[1]).toEqual({ type: 'simulate-offline', offline: false })
    projected.close()
  })

  it('opens the app in a phone-sized window', async () => {
    const open = vi.fn()
    vi.stubGlobal('open', open)
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    await byTestId(page, 'presenter-open-app').trigger('click')
    expect(open).toHaveBeenCalledWith('/', expect.any(String), expect.stringContaining('width=390,height=844'))
  })
})

describe('demo reports', () => {
  it('shows each report arriving, decrypted with the demo desk key in the form’s own words, and the count; never in the title', async () => {
    document.title = 'แผนที่พื้นที่ปลอดภัย · อบรม'
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    expect(byTestId(page, 'presenter-report-count').attributes('data-count')).toBe('0')

    await server.receive(samplePayload('เขาขังฉันไว้ในบ้าน', { inDanger: false }))
    vi.advanceTimersByTime(REPORTS_POLL_MS)
    await vi.waitFor(() => expect(page.findAll('[data-testid="desk-report-whatHappened"]')).toHaveLength(1))

    expect(byTestId(page, 'presenter-report-count').attributes('data-count')).toBe('1')
    expect(byTestId(page, 'presenter-report-count').text()).toContain('1')
    expect(byTestId(page, 'desk-report-whatHappened').text()).toBe('เขาขังฉันไว้ในบ้าน')
    // The resident form's own words for "not in danger now" and "physical".
    expect(byTestId(page, 'desk-report-inDanger').text()).toContain(thai('report.danger.no'))
    expect(byTestId(page, 'desk-report-violence').text()).toContain(thai('report.violence.physical'))
    expect(document.title).toBe('แผนที่พื้นที่ปลอดภัย · อบรม')
  })

  it('says so when a report cannot be opened, and keeps it listed', async () => {
    await server.receive(samplePayload('x'))
    const [stored] = server.reports
    if (!stored) throw new Error('no report')
    server.reports = [{ ...stored, envelope: { ...stored.envelope, ciphertext: stored.envelope.ciphertext.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) } }]
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    await vi.waitFor(() => expect(byTestId(page, 'presenter-report-unreadable').exists()).toBe(true))
    expect(byTestId(page, 'presenter-report-count').attributes('data-count')).toBe('1')
  })
})

describe('reset workshop', () => {
  it('asks first, then clears every report and starts the steps again', async () => {
    await server.receive(samplePayload('ก่อนเริ่มใหม่'))
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    await vi.waitFor(() => expect(byTestId(page, 'presenter-report-count').attributes('data-count')).toBe('1'))
    await byTestId(page, 'presenter-step-next').trigger('click')

    await byTestId(page, 'presenter-reset-start').trigger('click')
    expect(server.resets).toBe(0)
    await byTestId(page, 'presenter-reset-cancel').trigger('click')
    await byTestId(page, 'presenter-reset-start').trigger('click')
    await byTestId(page, 'presenter-reset-confirm').trigger('click')
    await vi.waitFor(() => expect(byTestId(page, 'presenter-report-count').attributes('data-count')).toBe('0'))

    expect(server.resets).toBe(1)
    expect(page.findAll('[data-testid="presenter-report"]')).toHaveLength(0)
    expect(byTestId(page, 'presenter-step-status').text()).toContain('1')
    expect(page.find('[aria-current="step"]').text()).toContain(thai('presenter.steps.findHelp'))
  })
})

describe('the handout', () => {
  it('holds the QR code and address, the published hotlines, quick exit and how to install; it says to ask the trainer and never how the hidden form opens', async () => {
    server = await FakeWorkshopServer.create(dataset, 'https://map.example.org/')
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    await vi.waitFor(() => expect(byTestId(page, 'handout-hotlines').exists()).toBe(true))
    const handout = byTestId(page, 'handout')
    expect(handout.findAll('canvas[data-testid="qr-code"]')).toHaveLength(2)
    expect(byTestId(page, 'handout-address').text()).toBe('http://192.168.1.23:8080/')
    expect(byTestId(page, 'handout-install-address').text()).toBe('https://map.example.org/')
    for (const hotline of dataset.hotlines) expect(byTestId(page, 'handout-hotlines').text()).toContain(hotline.kind === 'phone' ? hotline.number : hotline.account)
    expect(handout.text()).toContain('ออกทันที')
    expect(byTestId(page, 'handout-hidden-form').text()).toContain('สอบถามวิทยากร')
    expect(handout.text()).not.toMatch(/โลโก้|แตะ.*ครั้ง|ห้าครั้ง|5 ครั้ง|logo/i)
  })

  it('says where to find the hotlines when the dataset cannot be read', async () => {
    server.datasetAvailable = false
    const page = await openPresenterPage(`#key=${PRESENTER_KEY}`)
    await vi.waitFor(() => expect(byTestId(page, 'handout-hotlines-unavailable').exists()).toBe(true))
    expect(byTestId(page, 'handout-hotlines').exists()).toBe(false)
  })
})
