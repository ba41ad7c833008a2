import { describe, expect, it } from 'vitest'
import type { WorkingPlaceView } from './api'
import { checkableFacts, placesToCheck, staleFacts } from './freshness'
import { testSourcePlace } from './testPlace'

const today = '2026-12-01'

function view(id: string, thName: string, point: { lat: number; lng: number } | null, checks: WorkingPlaceView['checks'] = {}, districtCode = 1002): WorkingPlaceView {
  const place = testSourcePlace({ id, name: { th: thName }, districtCode, ...(point === null ? { visibility: 'hidden', kind: 'shelter' } : {}) }, point)
  return { place, updatedAt: '2026-11-20T00:00:00Z', checks }
}

const allChecked = (day: string) => ({ location: day, phone: day, hours: day })

describe('staleFacts', () => {
  const place = testSourcePlace()
  it('lists facts never checked and those older than 90 days', () => {
    expect(staleFacts(place, { location: '2026-09-02', phone: '2026-09-01' }, today)).toEqual(['phone', 'hours'])
  })
  it('has nothing due when every fact was checked in the last 90 days', () => {
    expect(staleFacts(place, allChecked('2026-09-02'), today)).toEqual([])
  })
  it('asks no location of a hidden place, and OSCC only where it is offered', () => {
    expect(checkableFacts(testSourcePlace({ visibility: 'hidden', kind: 'shelter' }, null))).toEqual(['phone', 'hours'])
    expect(checkableFacts(testSourcePlace({ kind: 'oscc_hospital', services: ['oscc'] }))).toEqual(['location', 'phone', 'hours', 'oscc'])
  })
})

describe('placesToCheck', () => {
  const here = { lat: 13.77, lng: 100.51 }
  const far = view('far', 'ไกล', { lat: 13.9, lng: 100.6 })
  const near = view('near', 'ใกล้', { lat: 13.771, lng: 100.511 })
  const fresh = view('fresh', 'ตรวจแล้ว', { lat: 13.7701, lng: 100.5101 }, allChecked('2026-11-30'))
  const hidden = view('hidden', 'บ้านพัก', null)
  const old = view('old', 'ตรวจนานแล้ว', { lat: 13.8, lng: 100.5 }, allChecked('2026-01-01'), 1001)

  it('near me: nearest first, leaves out freshly checked places, puts places without a position last', () => {
    const ids = placesToCheck([far, hidden, fresh, near, old], today, { by: 'near', origin: here }).map((item) => item.view.place.properties.id)
    expect(ids).toEqual(['near', 'old', 'far', 'hidden'])
  })

  it('by district: only that district, never-checked before long-ago checked, then by name', () => {
    const inDistrict = [old, view('old2', 'ข', null, { phone: '2026-02-01', hours: '2026-03-01' }, 1001), view('never', 'ก', { lat: 13.8, lng: 100.5 }, {}, 1001), near]
    const ids = placesToCheck(inDistrict, today, { by: 'district', districtCode: 1001 }).map((item) => item.view.place.properties.id)
    expect(ids).toEqual(['never', 'old', 'old2'])
  })

  it('gives the distance only when asked for near me', () => {
    expect(placesToCheck([near], today, { by: 'district', districtCode: 1002 })[0]?.distanceM).toBeNull()
    expect(placesToCheck([near], today, { by: 'near', origin: here })[0]?.distanceM).toBeGreaterThan(100)
  })
})
