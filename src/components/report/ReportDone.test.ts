import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { appDatabase } from '@/data/database'
import { enqueueEnvelope, type FlushResult } from '@/data/outbox'
import type { DeliveryOutcome } from '@/domain/report/delivery'
import { createAppI18n } from '@/locales'
import ReportDone from './ReportDone.vue'

const flush = vi.hoisted(() => ({ next: (): Promise<FlushResult | null> => Promise.resolve(null) }))
vi.mock('@/data/outboxFlusher', () => ({ requestFlush: () => flush.next() }))

const envelope = { v: 2, keyId: 'desk-1', epk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }, salt: 's', iv: 'i', ciphertext: 'c' } as const

let pinia: Pinia
let wrapper: VueWrapper | undefined
let id: string

beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  await appDatabase().outbox.clear()
  id = await enqueueEnvelope(appDatabase().outbox, envelope)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
})

function answered(outcome: DeliveryOutcome): void {
  flush.next = async () => {
    if (outcome === 'delivered') await appDatabase().outbox.delete(id)
    return { delivered: outcome === 'delivered' ? [id] : [], outcomes: { [id]: outcome }, waiting: 0, held: 0, nextAttemptAt: null }
  }
}

async function mountDone(): Promise<VueWrapper> {
  wrapper = mount(ReportDone, { props: { outboxId: id }, global: { plugins: [pinia, createAppI18n('th')] } })
  await flushPromises()
  await vi.waitFor(() => expect(wrapper?.find('[data-testid="report-done"]').attributes('data-state')).not.toMatch(/sending|still-trying/))
  return wrapper
}

const done = (w: VueWrapper) => w.find('[data-testid="report-done"]')

describe('ReportDone', () => {
  it('says "ส่งแล้ว" when the server acknowledged the report', async () => {
    answered('delivered')
    const w = await mountDone()
    expect(done(w).attributes('data-state')).toBe('sent')
    expect(done(w).text()).toContain('ส่งแล้ว')
  })

  it('says the server refused the report, not "will be sent", and offers the hotlines', async () => {
    answered('rejected')
    const w = await mountDone()
    expect(done(w).attributes('data-state')).toBe('rejected')
    expect(done(w).text()).toContain('ระบบรับเรื่องไม่รับรายงานนี้')
    expect(done(w).text()).not.toContain('จะส่งให้เองเมื่อต่ออินเทอร์เน็ตได้')
    expect(w.find('a[href="tel:1300"]').exists()).toBe(true)
  })

  it('says an answer that was not an acknowledgement (a Wi-Fi login page) is not confirmed, and keeps it', async () => {
    answered('unconfirmed')
    const w = await mountDone()
    expect(done(w).attributes('data-state')).toBe('unconfirmed')
    expect(done(w).text()).toContain('ยังไม่ได้รับการยืนยันว่าส่งถึง')
    expect(done(w).text()).not.toContain('ส่งแล้ว')
  })

  it('while the server hangs, shows the seconds passing and says it is still trying and the report is kept', async () => {
    vi.useFakeTimers()
    flush.next = () => new Promise(() => undefined)
    wrapper = mount(ReportDone, { props: { outboxId: id }, global: { plugins: [pinia, createAppI18n('th')] } })
    expect(done(wrapper).attributes('data-state')).toBe('sending')
    expect(done(wrapper).text()).toContain('กำลังส่ง…')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(done(wrapper).attributes('data-state')).toBe('still-trying')
    expect(done(wrapper).text()).toContain('ยังพยายามส่งอยู่… (5 วินาที)')
    expect(done(wrapper).text()).toContain('บันทึกไว้ในเครื่องแบบเข้ารหัสแล้ว')
    expect(wrapper.find('progress').attributes('value')).toBe('5')
  })
})
