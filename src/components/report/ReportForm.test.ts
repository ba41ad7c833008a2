import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { appDatabase } from '@/data/database'
import type { FollowUpCode } from '@/domain/report/followUpCode'
import { deriveFollowUpSecrets } from '@/domain/report/followUpSecrets'
import { createAppI18n } from '@/locales'
import { openReport } from '@/safety/reportEncryption'
import { wipeSensitiveState } from '@/safety/sensitiveState'
import { usePlacesStore } from '@/stores/places'
import ReportForm from './ReportForm.vue'
import { everythingStored, testDeskKey } from './reportTestKit'

const MARKER = 'MARKER-b51c เขาขู่ว่าจะทำร้าย'

let pinia: Pinia
let wrapper: VueWrapper | undefined
let desk: Awaited<ReturnType<typeof testDeskKey>>

beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  desk = await testDeskKey()
  await appDatabase().outbox.clear()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

function mountForm(locale: 'th' | 'en' = 'th'): VueWrapper {
  wrapper = mount(ReportForm, { props: { caseDeskKey: desk.key }, global: { plugins: [pinia, createAppI18n(locale)] }, attachTo: document.body })
  return wrapper
}

const byTestId = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`)

async function fillValidReport(w: VueWrapper): Promise<void> {
  await byTestId(w, 'report-danger-no').setValue(true)
  await byTestId(w, 'report-affected-woman').setValue(true)
  await byTestId(w, 'report-violence-physical').setValue(true)
  await byTestId(w, 'report-violence-psychological').setValue(true)
  await byTestId(w, 'report-place-district').setValue(true)
  await byTestId(w, 'report-district').setValue('1002')
  await byTestId(w, 'report-what-happened').setValue(MARKER)
  await byTestId(w, 'report-contact-phone').setValue(true)
  await byTestId(w, 'report-phone').setValue('081-234-5678')
  await byTestId(w, 'report-safe-from').setValue('09:00')
  await byTestId(w, 'report-safe-to').setValue('11:30')
  await byTestId(w, 'report-code-word').setValue('มะม่วง')
  await byTestId(w, 'report-consent-agree').setValue(true)
}

describe('ReportForm', () => {
  beforeEach(() => {
    usePlacesStore().districts = [
      { code: 1002, province: 'bangkok', name: { th: 'ดุสิต', en: 'Dusit' } },
      { code: 1101, province: 'samut_prakan', name: { th: 'เมืองสมุทรปราการ', en: 'Mueang Samut Prakan' } },
    ]
  })

  it('asks about danger first; "yes" shows 191, 1669, 1300 and LINE before any other question', async () => {
    const w = mountForm()
    const fieldsets = w.findAll('fieldset')
    expect(fieldsets[0]?.find('legend').text()).toBe('ตอนนี้คุณตกอยู่ในอันตรายไหม?')
    expect(byTestId(w, 'report-urgent').exists()).toBe(false)

    await byTestId(w, 'report-danger-yes').setValue(true)

    const urgent = byTestId(w, 'report-urgent')
    expect(urgent.findAll('a').map((a) => a.attributes('href'))).toEqual(['tel:191', 'tel:1669', 'tel:1300', 'https://line.me/R/ti/p/@esshelpme'])
    expect(byTestId(w, 'urgent-191').text()).toContain('แจ้งตำรวจเมื่อมีอันตรายตอนนี้')
    expect(byTestId(w, 'urgent-line').attributes('rel')).toBe('noopener noreferrer')
    const html = w.html()
    expect(html.indexOf('data-testid="report-urgent"')).toBeLessThan(html.indexOf('data-testid="report-affected"'))
  })

  it('labels every question with a fieldset and legend, in English too', () => {
    const w = mountForm('en')
    const legends = w.findAll('fieldset > legend').map((legend) => legend.text())
    expect(legends).toEqual(expect.arrayContaining(['Are you in danger now?', 'Who is affected?', 'Where did it happen?', 'How can we contact you safely?', 'Consent']))
  })

  it('shows each missing answer next to its field in Thai and English, and stores nothing', async () => {
    const w = mountForm()
    await w.find('form').trigger('submit')
    await nextTick()

    expect(document.activeElement).toBe(byTestId(w, 'report-errors').element)
    const consentError = byTestId(w, 'report-consent').find('[data-testid="field-error"]')
    expect(consentError.text()).toContain('ต้องยินยอมก่อนจึงจะส่งได้')
    expect(consentError.text()).toContain('You need to agree before sending.')
    expect(byTestId(w, 'report-consent').attributes('aria-describedby')).toBe(consentError.attributes('id'))
    expect(w.findAll('[data-testid="field-error"]')).toHaveLength(5)
    expect(await appDatabase().outbox.count()).toBe(0)

    // An error goes away as soon as its field is answered.
    await byTestId(w, 'report-consent-agree').setValue(true)
    expect(byTestId(w, 'report-consent').find('[data-testid="field-error"]').exists()).toBe(false)
  })

  it('encrypts a complete report into the outbox, keeps no plaintext anywhere and clears the form', async () => {
    const w = mountForm()
    await fillValidReport(w)
    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(w.emitted('queued')).toHaveLength(1), { timeout: 10_000 })

    const [outboxId, followUpCode] = w.emitted('queued')?.[0] as [string, FollowUpCode]
    const { followUpLookup, ...envelope } = (await appDatabase().outbox.get(outboxId))!.envelope
    const followUp = await deriveFollowUpSecrets(followUpCode)
    expect(followUpLookup).toBe(followUp.lookupHash)
    expect(await openReport(envelope, { privateKey: desk.privateKey, publicKeyJwk: desk.key.publicKeyJwk })).toMatchObject({
      followUp: { messageKey: followUp.messageKey },
      inDanger: false,
      affected: 'woman',
      violence: ['physical', 'psychological'],
      place: { kind: 'district', code: 1002 },
      whatHappened: MARKER,
      contact: { kind: 'phone', phone: '0812345678', safeTime: { from: '09:00', to: '11:30' }, codeWord: 'มะม่วง' },
      consent: true,
    })
    const stored = await everythingStored(appDatabase())
    expect(stored).not.toContain('MARKER')
    expect(stored).not.toContain('0812345678')
    expect(stored).not.toContain(followUpCode)
    expect((byTestId(w, 'report-what-happened').element as HTMLTextAreaElement).value).toBe('')
  })

  it('wipes the draft on quick exit', async () => {
    const w = mountForm()
    await byTestId(w, 'report-what-happened').setValue(MARKER)
    await byTestId(w, 'report-danger-yes').setValue(true)

    wipeSensitiveState()
    await nextTick()

    expect((byTestId(w, 'report-what-happened').element as HTMLTextAreaElement).value).toBe('')
    expect((byTestId(w, 'report-danger-yes').element as HTMLInputElement).checked).toBe(false)
    expect(byTestId(w, 'report-urgent').exists()).toBe(false)
  })
})
