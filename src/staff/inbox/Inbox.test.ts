import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { DeskNoteUpload, FollowUpMessageUpload, ReportStatusChange } from '@common/desk/api'
import { toBase64Url } from '@/domain/report/base64url'
import { openFollowUpMessage } from '../desk/followUpCode'
import { useDeskLock } from '../stores/deskLock'
import { INBOX_POLL_MS } from './InboxPanel.vue'
import { coordinator, FakeDeskServer } from './testing/fakeDeskServer'
import { find, mountDesk, samplePayload, setUpDesk, unlock } from './testing/deskTestKit'

const MARKER = 'MARKER-inbox-51c เขาขังฉันไว้ในบ้าน'

let wrapper: VueWrapper | undefined
afterEach(() => {
  useDeskLock().lock()
  wrapper?.unmount()
  document.body.innerHTML = ''
  vi.useRealTimers()
})

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
const allByTestId = (id: string) => wrapper!.findAll(`[data-testid="${id}"]`)

async function openDesk(prepare: (server: FakeDeskServer) => Promise<void> = async () => {}): Promise<FakeDeskServer> {
  const server = new FakeDeskServer([coordinator(7, 'somchai')])
  await setUpDesk(server, 7)
  await prepare(server)
  wrapper = await mountDesk(server)
  await unlock(wrapper)
  await flushPromises()
  return server
}

// Real WebCrypto (the screens make keys at 600,000 PBKDF2 rounds) on a shared machine: more than the default 5 s.
describe('the inbox', { timeout: 30_000 }, () => {
  it('lists reports newest first with the day received, the status and when a closed one is deleted', async () => {
    await openDesk(async (server) => {
      await server.receive(samplePayload('MARKER-older-4e1'), { day: '2026-11-20' })
      await server.receive(samplePayload('MARKER-newer-4e2'), { day: '2026-11-28' })
      server.reports[1]!.status = 'closed'
      server.reports[1]!.deletesOn = '2027-02-18'
    })
    const items = allByTestId('desk-report-item')
    expect(items.map((item) => item.attributes('data-status'))).toEqual(['new', 'closed'])
    expect(items[0]?.text()).toContain('ได้รับวันที่ 28 พฤศจิกายน 2569')
    expect(items[0]?.text()).toContain('Received 28 November 2026')
    expect(items[0]?.find('[data-testid="desk-report-retention"]').text()).toContain('ไม่ถูกลบอัตโนมัติ')
    expect(items[1]?.find('[data-testid="desk-report-status"]').text()).toContain('ปิดเรื่องแล้ว')
    expect(items[1]?.find('[data-testid="desk-report-retention"]').text()).toContain('จะถูกลบวันที่ 18 กุมภาพันธ์ 2570')
    // Nothing of what the reports say is in the list.
    expect(wrapper!.text()).not.toContain('MARKER')
  })

  it('shows a new report within a poll (30 s) without reloading, and the page title never changes', async () => {
    document.title = 'เจ้าหน้าที่'
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const server = await openDesk()
    expect(byTestId('desk-inbox-empty').exists()).toBe(true)

    await server.receive(samplePayload(MARKER))
    vi.advanceTimersByTime(INBOX_POLL_MS - 1_000)
    await flushPromises()
    expect(allByTestId('desk-report-item')).toHaveLength(0)
    vi.advanceTimersByTime(1_000)
    await expect.poll(() => allByTestId('desk-report-item').length).toBe(1)
    expect(document.title).toBe('เจ้าหน้าที่')
  })

  it('opens a report in the browser and shows each answer in the resident form’s own words, Thai first', async () => {
    const server = await openDesk(async (server) => {
      await server.receive(samplePayload(MARKER))
    })
    await byTestId('desk-report-open').trigger('click')
    expect((await find(wrapper!, 'desk-report-whatHappened')).text()).toBe(MARKER)
    expect(byTestId('desk-report-inDanger').find('[lang="th"]').text()).toBe('ใช่ ตอนนี้อันตราย')
    expect(byTestId('desk-report-inDanger').classes()).toContain('desk-danger')
    expect(byTestId('desk-report-affected').find('[lang="th"]').text()).toBe('ผู้หญิง')
    expect(byTestId('desk-report-violence').findAll('[lang="th"]').map((text) => text.text())).toEqual(['ทำร้ายร่างกาย เช่น ตี ผลัก', 'เรื่องเงิน เช่น ยึดเงิน ไม่ให้ทำงาน'])
    expect(byTestId('desk-report-place').text()).toContain('เขตหรืออำเภอ')
    expect(byTestId('desk-report-place').text()).toContain('1002')
    const contact = byTestId('desk-report-contact').text()
    for (const shown of ['โทรหาฉันได้ ในเวลาที่ปลอดภัย', '0812345678', 'ตั้งแต่ 09:00 ถึง 11:30', 'มะม่วง']) expect(contact).toContain(shown)
    expect(byTestId('desk-report-consent').text()).toContain('ฉันยินยอมให้ส่งเรื่องนี้ถึงทีมดูแลเคส')
    expect(byTestId('desk-report-sent-at').text()).toContain('09:15')
    await expect.poll(() => server.sent('POST', '/api/staff/desk/reports/r1/read').length).toBe(1)
  })

  it('says plainly that a tampered report cannot be opened, and keeps it listed', async () => {
    await openDesk(async (server) => {
      const report = await server.receive(samplePayload(MARKER))
      const last = report.envelope.ciphertext.at(-1) === 'A' ? 'B' : 'A'
      report.envelope = { ...report.envelope, ciphertext: report.envelope.ciphertext.slice(0, -1) + last }
    })
    await byTestId('desk-report-open').trigger('click')
    expect((await find(wrapper!, 'desk-report-unreadable')).text()).toContain('เปิดเรื่องนี้ไม่ได้')
    await byTestId('desk-report-back').trigger('click')
    expect(allByTestId('desk-report-item')).toHaveLength(1)
  })

  it('moves a report new → in progress → closed, asking before closing and saying when it will be deleted', async () => {
    const server = await openDesk(async (server) => {
      await server.receive(samplePayload(MARKER))
    })
    await byTestId('desk-report-open').trigger('click')
    await find(wrapper!, 'desk-report-whatHappened')
    expect(byTestId('desk-status-next').text()).toContain('เริ่มดำเนินการ')
    await byTestId('desk-status-next').trigger('click')
    await expect.poll(() => byTestId('desk-status-next').text()).toContain('ปิดเรื่อง')
    expect((server.sent('PATCH', '/api/staff/desk/reports/r1')[0]?.body as ReportStatusChange).status).toBe('in_progress')

    await byTestId('desk-status-next').trigger('click')
    expect(byTestId('desk-close-warning').text()).toContain('จะถูกลบหลัง 90 วัน')
    expect(server.sent('PATCH', '/api/staff/desk/reports/r1')).toHaveLength(1)
    await byTestId('desk-status-next').trigger('click')
    await expect.poll(() => byTestId('desk-report').attributes('data-status')).toBe('closed')
    expect(byTestId('desk-report-retention').text()).toContain('จะถูกลบวันที่ 1 มีนาคม 2570')
  })

  it('keeps notes encrypted to the desk key and lists them decrypted', async () => {
    const server = await openDesk(async (server) => {
      await server.receive(samplePayload(MARKER))
    })
    await byTestId('desk-report-open').trigger('click')
    await find(wrapper!, 'desk-report-whatHappened')
    const note = 'NOTE-7f1 โทรกลับแล้ว ปลอดภัยดี'
    await byTestId('desk-note-text').setValue(note)
    await wrapper!.find('[data-testid="desk-notes"] form').trigger('submit')
    await expect.poll(() => allByTestId('desk-note').length).toBe(1)
    expect(byTestId('desk-note').text()).toContain(note)
    expect(byTestId('desk-note').text()).toContain('somchai')
    const [sent] = server.sent('POST', '/api/staff/desk/reports/r1/notes')
    expect((sent?.body as DeskNoteUpload).envelope).toMatchObject({ kind: 'desk-note', keyId: server.deskKeys[0]?.id })
    expect(JSON.stringify(server.requests)).not.toContain('NOTE-7f1')
  })

  it('sends the resident a short message with the key inside their report, warning against names, places and times', async () => {
    const messageKey = toBase64Url(crypto.getRandomValues(new Uint8Array(32)))
    const server = await openDesk(async (server) => {
      await server.receive({ ...samplePayload(MARKER), followUp: { messageKey } }, { hasFollowUp: true })
      await server.receive(samplePayload('no code asked'))
    })
    // Newest first: the report without a code.
    await allByTestId('desk-report-open')[0]!.trigger('click')
    expect((await find(wrapper!, 'desk-report-whatHappened')).text()).toBe('no code asked')
    expect(byTestId('desk-follow-up').exists()).toBe(false)
    await byTestId('desk-report-back').trigger('click')

    await allByTestId('desk-report-open')[1]!.trigger('click')
    expect((await find(wrapper!, 'desk-follow-up')).text()).toContain('ห้ามใส่ชื่อ สถานที่ หรือเวลา')
    await byTestId('desk-follow-up-text').setValue('ได้รับเรื่องแล้ว')
    await wrapper!.find('[data-testid="desk-follow-up"] form').trigger('submit')
    await expect.poll(() => byTestId('desk-follow-up-current').exists()).toBe(true)
    const sent = server.sent('PUT', `/api/staff/desk/reports/${server.reports[1]?.id}/follow-up-message`)[0]?.body as FollowUpMessageUpload
    expect(await openFollowUpMessage(sent.message, messageKey)).toEqual({ ok: true, value: 'ได้รับเรื่องแล้ว' })
    expect(JSON.stringify(server.requests)).not.toContain('ได้รับเรื่องแล้ว')
  })
})
