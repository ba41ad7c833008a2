import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect } from 'vitest'
import { createFeatureI18n } from '@/locales'
import quickExit from '@/locales/messages/quickExit'
import staff from '@/locales/messages/staff'
import type { ReportPayload } from '@/domain/report/types'
import { createDesk } from '../../desk/deskKey'
import { createPersonalKey } from '../../desk/personalKey'
import type { RecoveryCode } from '../../desk/recoveryCode'
import DeskSection from '../../sections/DeskSection.vue'
import { useStaffSession } from '../../stores/staffSession'
import type { FakeDeskServer } from './fakeDeskServer'

/** The passphrase every test coordinator uses (Thai, long enough, many different characters). */
export const TEST_PASSPHRASE = 'ช้างเดินข้ามสะพานตอนเช้า'

/** Gives a coordinator a personal key made with few PBKDF2 rounds (unlocking reads the rounds from the record). */
export async function givePersonalKey(server: FakeDeskServer, accountId: number, passphrase = TEST_PASSPHRASE): Promise<void> {
  const made = await createPersonalKey(`staff-${accountId}`, passphrase, { testOnlyIterations: 1_000 })
  if (!made.ok) throw new Error(made.error.en)
  server.personalKeys.set(made.value.holderId, made.value)
}

/** A desk already set up by the coordinator `accountId`, as the server would hold it. */
export async function setUpDesk(server: FakeDeskServer, accountId: number): Promise<RecoveryCode> {
  await givePersonalKey(server, accountId)
  const creator = server.personalKeys.get(`staff-${accountId}`)
  if (!creator) throw new Error('no personal key')
  const desk = await createDesk({ holderId: creator.holderId, publicKeyJwk: creator.publicKeyJwk })
  if (!desk.ok) throw new Error(desk.error.en)
  server.deskKeys = [desk.value.deskKey]
  server.grants = desk.value.grants
  server.recoveryKey = desk.value.recoveryKey
  return desk.value.recoveryCode
}

/** A report as the resident's form sends it, with `marker` as what happened. */
export function samplePayload(marker: string, overrides: Partial<ReportPayload> = {}): ReportPayload {
  return {
    v: 1,
    submittedAt: '2026-12-01T02:15:00Z',
    locale: 'th',
    inDanger: true,
    affected: 'woman',
    violence: ['physical', 'economic'],
    place: { kind: 'district', code: 1002 },
    whatHappened: marker,
    contact: { kind: 'phone', phone: '0812345678', safeTime: { from: '09:00', to: '11:30' }, codeWord: 'มะม่วง' },
    consent: true,
    ...overrides,
  }
}

/** The desk section on a page whose staff session has started (signed in as the fake server's account). */
export async function mountDesk(server: FakeDeskServer): Promise<VueWrapper> {
  server.install()
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createFeatureI18n([quickExit, staff])
  const fallback = { th: 'ไม่สำเร็จ', en: 'Failed.' }
  await useStaffSession().start({ offline: fallback, unexpected: fallback, sessionEnded: fallback })
  const wrapper = mount(DeskSection, { global: { plugins: [pinia, i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

/** The element with this data-testid, once it is there (crypto runs asynchronously). */
export async function find(wrapper: VueWrapper, testid: string) {
  await expect.poll(() => wrapper.find(`[data-testid="${testid}"]`).exists(), { timeout: 10_000 }).toBe(true)
  return wrapper.find(`[data-testid="${testid}"]`)
}

/** Unlocks the mounted desk with the passphrase and waits for the inbox. */
export async function unlock(wrapper: VueWrapper, passphrase = TEST_PASSPHRASE): Promise<void> {
  await (await find(wrapper, 'desk-passphrase')).setValue(passphrase)
  await wrapper.find('[data-testid="desk-unlock"] form').trigger('submit')
  await find(wrapper, 'desk-inbox')
}
