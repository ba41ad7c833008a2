import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { createAppI18n } from '@/locales'
import { useFinderStore } from '@/stores/finder'
import { usePlacesStore } from '@/stores/places'
import type { Place } from '@common/place'
import PlaceSheet from './PlaceSheet.vue'
import { loadPlaceSheetDetails } from './loadPlaceSheetDetails'
import { hiddenShelter, unverifiedCommunity, verifiedStation } from './placeSheet.fixtures'

let pinia: Pinia
let wrapper: VueWrapper | undefined

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  usePlacesStore().places = [verifiedStation, unverifiedCommunity, hiddenShelter]
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

async function openSheet(place: Place, locale: 'th' | 'en' = 'th'): Promise<VueWrapper> {
  wrapper = mount(PlaceSheet, { global: { plugins: [pinia, createAppI18n(locale)] }, attachTo: document.body })
  useFinderStore().select(place.id)
  await nextTick()
  await nextTick()
  // The details below the names are a chunk of their own (loaded once, then at once).
  await loadPlaceSheetDetails()
  await flushPromises()
  return wrapper
}

const byTestId = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`)

describe('PlaceSheet', () => {
  it('shows nothing until a place is selected', () => {
    wrapper = mount(PlaceSheet, { global: { plugins: [pinia, createAppI18n()] } })
    expect(byTestId(wrapper, 'place-sheet').exists()).toBe(false)
  })

  it('shows a verified place: names, kind, address, hours, Thai service labels, date in the Buddhist era, source', async () => {
    const w = await openSheet(verifiedStation)
    const sheet = byTestId(w, 'place-sheet')
    expect(sheet.attributes('role')).toBe('dialog')
    expect(sheet.find('h2').text()).toBe('สถานีตำรวจทดสอบ')
    expect(sheet.attributes('aria-labelledby')).toBe(sheet.find('h2').attributes('id'))
    expect(sheet.text()).toContain('Test Police Station')
    expect(byTestId(w, 'place-kind').text()).toBe('สถานีตำรวจ')
    expect(byTestId(w, 'place-address').text()).toContain('1 ถนนทดสอบ')
    expect(byTestId(w, 'opening-status').text()).toBe('เปิดอยู่ · 24 ชั่วโมง')
    expect(byTestId(w, 'place-services').findAll('li').map((li) => li.text())).toEqual(['แจ้งความ', 'คุ้มครองเด็ก'])
    const verification = byTestId(w, 'verification')
    expect(verification.attributes('data-status')).toBe('verified')
    expect(verification.text()).toContain('24 พ.ย. 2569')
    expect(byTestId(w, 'place-origin').text()).toBe('ข้อมูลติดต่อจากแหล่งข้อมูลสาธารณะ — ตรวจสอบแล้วเมื่อ 24 พ.ย. 2569')
    // What the record was checked against is the maintainers' detail (geo/ and the about page), not the sheet's.
    expect(sheet.text()).not.toContain('example.test')
  })

  it('says whether a place with known weekly hours is open, in Bangkok time, and never guesses hours', async () => {
    const office: Place = {
      ...verifiedStation,
      hours: { kind: 'text', text: { th: 'จันทร์–ศุกร์ 08:30–16:30', en: 'Mon–Fri 08:30–16:30' }, weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '16:30' }] },
    }
    usePlacesStore().places = [office, unverifiedCommunity]
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      // Friday 4 Dec 2026, 18:00 in Bangkok (11:00 UTC).
      vi.setSystemTime(new Date('2026-12-04T11:00:00Z'))
      const w = await openSheet(office)
      expect(byTestId(w, 'opening-status').text()).toBe('ปิดอยู่ · เปิดวันจันทร์ 08:30 น.')
      expect(w.text()).toContain('จันทร์–ศุกร์ 08:30–16:30')
      wrapper?.unmount()
      const noHours = await openSheet(unverifiedCommunity)
      expect(byTestId(noHours, 'opening-status').exists()).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('says who a place serves when it is limited, and nothing of the kind otherwise', async () => {
    const childrenOnly: Place = { ...verifiedStation, id: 'children-only', servesOnly: ['children'] }
    usePlacesStore().places = [childrenOnly, unverifiedCommunity]
    expect(byTestId(await openSheet(childrenOnly), 'place-serves-only').text()).toBe('รับเฉพาะเด็ก')
    wrapper?.unmount()
    expect(byTestId(await openSheet(unverifiedCommunity), 'place-serves-only').exists()).toBe(false)
  })

  it('gives each phone a one-tap tel: link in E.164', async () => {
    const w = await openSheet(verifiedStation)
    const calls = w.findAll('[data-testid="call-button"]')
    expect(calls.map((a) => a.attributes('href'))).toEqual(['tel:+6621234567'])
    expect(calls[0]?.text()).toContain('02 123 4567')
    expect(byTestId(w, 'fallback-call-button').exists()).toBe(false)
  })

  it('links an exact place to the map app (geo:) and to openstreetmap.org, saying it leaves the app', async () => {
    const w = await openSheet(verifiedStation)
    const maps = byTestId(w, 'open-in-maps')
    expect(maps.attributes('href')).toMatch(/^geo:13\.77,100\.51\?q=13\.77,100\.51\(/)
    expect(maps.text()).toContain('เปิดในแอปแผนที่ (ออกจากแอปนี้)')
    expect(maps.text()).not.toContain('ตำแหน่งโดยประมาณ')
    expect(byTestId(w, 'open-web-map').attributes('href')).toBe(
      'https://www.openstreetmap.org/?mlat=13.77&mlon=100.51#map=17/13.77/100.51',
    )
  })

  it('warns prominently about an unverified place, with its note and origin in Thai only', async () => {
    const w = await openSheet(unverifiedCommunity)
    const verification = byTestId(w, 'verification')
    expect(verification.attributes('data-status')).toBe('unverified')
    expect(verification.text()).toContain('ยังไม่ได้ยืนยัน — โทรสอบถามก่อนเดินทาง')
    expect(byTestId(w, 'place-note').text()).toBe('ยังไม่มีจุดนัดพบสาธารณะ')
    expect(byTestId(w, 'place-origin').text()).toBe('ข้อมูลตั้งต้น รอชุมชนยืนยัน — ยังไม่มีผู้ตรวจสอบ')
    expect(verification.text()).not.toContain('No public meeting point yet')
  })

  it('gives the note and origin in English when English is chosen', async () => {
    const w = await openSheet(unverifiedCommunity, 'en')
    expect(byTestId(w, 'place-note').text()).toBe('No public meeting point yet')
    expect(byTestId(w, 'place-origin').text()).toBe('A starting point until the community confirms it — not yet checked by anyone')
  })

  it('tells the distance to an approximate place no nearer than its uncertainty allows', async () => {
    // 0.003° of latitude ≈ 330 m from the community's pin, whose uncertainty is 500 m.
    useFinderStore().setOrigin({ kind: 'position', position: { lat: 13.603, lng: 100.6 } })
    const w = await openSheet(unverifiedCommunity)
    expect(byTestId(w, 'place-distance').text()).toBe('ภายในราว 1 กม.')
  })

  it('shows no distance while there is no point to measure from', async () => {
    const w = await openSheet(unverifiedCommunity)
    expect(byTestId(w, 'place-distance').exists()).toBe(false)
  })

  it('says an approximate place is approximate, in the facts and on the maps link', async () => {
    const w = await openSheet(unverifiedCommunity)
    expect(byTestId(w, 'approximate-note').text()).toContain('ตำแหน่งโดยประมาณ')
    expect(byTestId(w, 'approximate-note').text()).toContain('500')
    expect(byTestId(w, 'open-in-maps').text()).toContain('ตำแหน่งโดยประมาณ')
  })

  it('offers the 1300 hotline, labelled as a hotline, when a community has no phone', async () => {
    const w = await openSheet(unverifiedCommunity)
    expect(w.findAll('[data-testid="call-button"]')).toHaveLength(0)
    const fallback = byTestId(w, 'fallback-call-button')
    expect(fallback.attributes('href')).toBe('tel:1300')
    expect(fallback.text()).toContain('โทรสายด่วน 1300')
    expect(fallback.text()).toContain('ไม่ใช่เบอร์ของสถานที่นี้')
  })

  it('offers 191 for a police station without a phone', async () => {
    usePlacesStore().places = [{ ...verifiedStation, phones: [] }]
    const w = await openSheet(verifiedStation)
    expect(byTestId(w, 'fallback-call-button').attributes('href')).toBe('tel:191')
  })

  it('shows a hidden place as a contact card: no address, no map links, its phone still callable', async () => {
    const w = await openSheet(hiddenShelter)
    const sheet = byTestId(w, 'place-sheet')
    expect(sheet.text()).not.toContain('ที่อยู่ลับ')
    expect(sheet.text()).not.toContain('Secret address')
    expect(byTestId(w, 'place-address').exists()).toBe(false)
    expect(byTestId(w, 'hidden-address-note').text()).toContain('เพื่อความปลอดภัยของผู้ที่พักอยู่')
    expect(byTestId(w, 'open-in-maps').exists()).toBe(false)
    expect(byTestId(w, 'open-web-map').exists()).toBe(false)
    expect(w.findAll('[data-testid="call-button"]').map((a) => a.attributes('href'))).toEqual(['tel:+6627654321'])
  })

  it('does not say a support organisation is hidden for residents\' safety: only a shelter has residents', async () => {
    const office: Place = { ...hiddenShelter, id: 'support-test', kind: 'support_org', services: ['shelter_referral'] }
    usePlacesStore().places = [office]
    const w = await openSheet(office)
    const note = byTestId(w, 'hidden-address-note').text()
    expect(note).not.toContain('ความปลอดภัย')
    expect(note).toContain('ไม่มีที่ตั้งบนแผนที่นี้')
  })

  it('writes labels and dates in English when English is chosen, names still Thai first', async () => {
    const w = await openSheet(verifiedStation, 'en')
    expect(byTestId(w, 'place-kind').text()).toBe('Police station')
    expect(byTestId(w, 'verification').text()).toContain('24 Nov 2026')
    expect(w.find('h2').text()).toBe('สถานีตำรวจทดสอบ')
  })

  it('moves focus to the place name on opening, and Esc closes it without touching history', async () => {
    const opener = document.createElement('button')
    document.body.append(opener)
    opener.focus()
    const historyLength = history.length
    const w = await openSheet(verifiedStation)
    expect(document.activeElement).toBe(w.find('h2').element)

    await byTestId(w, 'place-sheet').trigger('keydown', { key: 'Escape' })
    await nextTick()
    expect(useFinderStore().selectedId).toBeNull()
    expect(byTestId(w, 'place-sheet').exists()).toBe(false)
    expect(document.activeElement).toBe(opener)
    expect(history.length).toBe(historyLength)
  })

  it('closes with the close button', async () => {
    const w = await openSheet(verifiedStation)
    await byTestId(w, 'place-sheet-close').trigger('click')
    expect(useFinderStore().selectedId).toBeNull()
  })

  it('copies only the public name and phone when the browser cannot share', async () => {
    let copied: string | undefined
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    })
    const w = await openSheet(verifiedStation)
    await byTestId(w, 'share-button').trigger('click')
    await nextTick()
    expect(copied).toBe('สถานีตำรวจทดสอบ\nTest Police Station\n02 123 4567')
    expect(w.text()).toContain('คัดลอกชื่อและเบอร์โทรแล้ว')
  })
})
