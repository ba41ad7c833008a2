import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createAppI18n } from '@/locales'
import type { RankedPlace } from '@/domain/ranking'
import PlaceListItem from './PlaceListItem.vue'
import { PLACES } from '../../../tests/unit/fixtures/findingPlaces'

const place = (id: string) => {
  const found = PLACES.find((p) => p.id === id)
  if (!found) throw new Error(`no fixture ${id}`)
  return found
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function render(item: RankedPlace, locale: 'th' | 'en' = 'th', selected = false) {
  wrapper = mount(PlaceListItem, { props: { item, hotlines: [], selected }, global: { plugins: [createAppI18n(locale)] } })
  return wrapper
}
const byTestId = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`)

describe('PlaceListItem', () => {
  it('marks a workshop\'s practice place ตัวอย่าง / DEMO, in both languages, and a real place not at all', async () => {
    const real = render({ place: place('oscc-far'), distanceKm: 4.46 }, 'en')
    expect(byTestId(real, 'demo-tag').exists()).toBe(false)
    real.unmount()
    wrapper = mount(PlaceListItem, { props: { item: { place: place('oscc-far'), distanceKm: 4.46 }, hotlines: [], selected: false, demo: true }, global: { plugins: [createAppI18n('en')] } })
    await flushPromises()
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(byTestId(wrapper, 'demo-tag').text()).toBe('ตัวอย่าง / DEMO')
  })

  it('shows the Thai name first, the English name, kind, distance and the 24 h badge', () => {
    const w = render({ place: place('oscc-far'), distanceKm: 4.46 })
    const item = byTestId(w, 'place-list-item')
    expect(item.attributes('data-place-id')).toBe('oscc-far')
    expect(item.attributes('data-kind')).toBe('oscc_hospital')
    expect(w.find('.name').text()).toBe('โรงพยาบาลตำรวจ')
    expect(w.find('.name-en').text()).toBe('Police General Hospital')
    expect(byTestId(w, 'distance').text()).toBe('4.5 กม.')
    expect(byTestId(w, 'badge-24h').exists()).toBe(true)
    expect(byTestId(w, 'badge-unverified').exists()).toBe(false)
  })

  it('calls the place’s own number with a real tel: link whose words name the place', () => {
    const call = byTestId(render({ place: place('oscc-far'), distanceKm: 4.46 }), 'call-button')
    expect(call.element.tagName).toBe('A')
    expect(call.attributes('href')).toBe('tel:+6622076000')
    expect(call.attributes('aria-label')).toBeUndefined()
    expect(call.text().replace(/\s+/g, ' ')).toBe('โทร 02 207 6000 (โรงพยาบาลตำรวจ)')
  })

  it('marks an unverified place and, without a number, calls the police hotline and says so', () => {
    const w = render({ place: place('police-dusit'), distanceKm: 0.155 })
    expect(byTestId(w, 'badge-unverified').text()).toBe('ยังไม่ยืนยัน')
    expect(byTestId(w, 'distance').text()).toBe('150 ม.')
    const call = byTestId(w, 'call-button')
    expect(call.attributes('href')).toBe('tel:191')
    expect(call.text()).toContain('191')
    expect(call.find('.hotline-note').text()).toBe('สายด่วน')
    expect(call.text()).toContain('สถานที่นี้ยังไม่มีเบอร์ในแอป จึงโทรสายด่วนแทน')
  })

  it('says who a place serves when it is limited, and why a place is where it is in the list', () => {
    const children = { ...place('oscc-near'), servesOnly: ['children' as const] }
    expect(byTestId(render({ place: children, distanceKm: 1 }), 'badge-serves-only').text()).toBe('รับเฉพาะเด็ก')
    expect(byTestId(render({ place: children, distanceKm: 1 }, 'en'), 'badge-serves-only').text()).toBe('Children only')
    expect(byTestId(render({ place: place('oscc-far'), distanceKm: 1 }), 'badge-serves-only').exists()).toBe(false)
    const nearer = render({ place: place('hospital-nearest'), distanceKm: 1.2, nearerEmergencyRoom: true })
    expect(byTestId(nearer, 'badge-nearer-emergency').text()).toBe('ใกล้กว่า · มีห้องฉุกเฉิน')
    expect(byTestId(render({ place: place('oscc-far'), distanceKm: 1, similarName: true }), 'badge-similar-name').text()).toBe('ชื่อใกล้เคียง')
  })

  it('says an approximate place’s distance no more precisely than its 500 m uncertainty', () => {
    expect(byTestId(render({ place: place('community-wat'), distanceKm: 0.86 }), 'distance').text()).toBe('ประมาณ 1 กม.')
    // Nearer than its uncertainty: only "within" the farthest it can be is true.
    expect(byTestId(render({ place: place('community-wat'), distanceKm: 0.3 }), 'distance').text()).toBe('ภายในราว 1 กม.')
  })

  it('shows a hidden place as a contact card, without any distance', () => {
    const w = render({ place: place('shelter-hidden'), distanceKm: null })
    expect(byTestId(w, 'distance').exists()).toBe(false)
    expect(w.text()).toContain('ไม่เปิดเผยที่ตั้ง')
    expect(byTestId(w, 'call-button').attributes('href')).toBe('tel:1300')
  })

  it('asks to select the place when tapped, and marks it when selected', async () => {
    const w = render({ place: place('oscc-far'), distanceKm: 0.6 }, 'en', true)
    await w.find('button.details').trigger('click')
    expect(w.emitted('select')).toEqual([['oscc-far']])
    expect(w.find('button.details').attributes('aria-current')).toBe('true')
    expect(w.find('button.details').text()).toContain('Police General Hospital')
    expect(byTestId(w, 'call-button').text()).toContain('(Police General Hospital)')
    expect(byTestId(w, 'distance').text()).toBe('600 m')
  })
})
