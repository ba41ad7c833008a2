import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { WorkingPlaceView } from '@common/volunteer/api'
import { testSourcePlace } from '@common/volunteer/testPlace'
import { useVolunteerSession } from '../stores/volunteerSession'
import PlaceEditForm from './PlaceEditForm.vue'
import { forgetDistrictAreas } from './useDistrictAreas'
import { volunteerPlugins } from './volunteerTestKit'

// The map needs a real browser; the form's fields are what is tested here.
vi.mock('@/map/pinPicker', () => ({ createPinPicker: () => ({ setPin: () => undefined, destroy: () => undefined }) }))

// The offline basemap with one district (1002) around the test place.
const district = { type: 'Polygon', coordinates: [[[100.4, 13.7], [100.6, 13.7], [100.6, 13.85], [100.4, 13.85], [100.4, 13.7]]] }
const basemap = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 1002, name_th: 'ดุสิต', name_en: 'Dusit', province: 'bangkok', label: [100.5, 13.77] }, geometry: district }] }

let wrapper: VueWrapper | undefined
beforeEach(() => {
  forgetDistrictAreas()
  vi.stubGlobal('fetch', async () => Response.json(basemap))
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

const view: WorkingPlaceView = { place: testSourcePlace(), updatedAt: '2026-11-20T00:00:00Z', checks: {} }

async function render() {
  const { plugins } = volunteerPlugins()
  const session = useVolunteerSession()
  const proposePlace = vi.spyOn(session, 'proposePlace').mockResolvedValue()
  wrapper = mount(PlaceEditForm, { props: { base: view }, global: { plugins } })
  await flushPromises()
  return { w: wrapper, proposePlace }
}

const errorsUnder = (w: VueWrapper, field: string) => w.findAll(`[data-testid="field-${field}"] [data-testid="field-error"]`).map((error) => error.text())

describe('PlaceEditForm', () => {
  it('shows each problem next to its field, in Thai and English, as the volunteer types', async () => {
    const { w } = await render()
    expect(w.findAll('[data-testid="field-error"]')).toHaveLength(0)
    await w.get('[data-testid="edit-phones"]').setValue('02 282 2323\n555')
    const phoneErrors = errorsUnder(w, 'edit-phones')
    expect(phoneErrors).toHaveLength(1)
    expect(phoneErrors[0]).toContain('ไม่ใช่เบอร์ไทยที่ถูกต้อง')
    expect(phoneErrors[0]).toContain('is not a valid Thai number')
    expect(errorsUnder(w, 'edit-name-th')).toEqual([])
    await w.get('[data-testid="edit-name-th"]').setValue('')
    expect(errorsUnder(w, 'edit-name-th')[0]).toContain('Thai name missing')
    const input = w.get('[data-testid="edit-name-th"]')
    expect(input.attributes('aria-describedby')).toBe('edit-name-th-error-0')
  })

  it('puts a swapped pin problem under the position', async () => {
    const { w } = await render()
    await w.get('[data-testid="pin-lat"]').setValue('100.5145')
    await w.get('[data-testid="pin-lng"]').setValue('13.7765')
    expect(errorsUnder(w, 'edit-position')[0]).toContain('latitude/longitude swapped')
  })

  it('says when the pin is outside the district the place is in', async () => {
    const { w } = await render()
    await w.get('[data-testid="pin-lat"]').setValue('13.9')
    expect(errorsUnder(w, 'edit-position')[0]).toContain('outside Dusit (1002)')
  })

  it('sends nothing while a problem remains, and the proposal once they are fixed', async () => {
    const { w, proposePlace } = await render()
    await w.get('[data-testid="edit-phones"]').setValue('12')
    await w.get('form').trigger('submit')
    expect(proposePlace).not.toHaveBeenCalled()
    expect(w.get('[data-testid="edit-has-problems"]').text()).toContain('1')
    await w.get('[data-testid="edit-phones"]').setValue('02 280 0000')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(proposePlace).toHaveBeenCalledOnce()
    const [base, proposed] = proposePlace.mock.calls[0] ?? []
    expect(base).toEqual(view.place)
    expect(proposed?.properties.phones).toEqual([{ e164: '+6622800000', display: '02 280 0000' }])
  })

  it('hides the position and the address of a hidden place', async () => {
    const { w } = await render()
    await w.get('[data-testid="edit-visibility-hidden"]').setValue(true)
    expect(w.find('[data-testid="pin-map"]').exists()).toBe(false)
    expect(w.find('[data-testid="edit-address"]').exists()).toBe(false)
    expect(w.get('[data-testid="edit-hidden-note"]').text()).toContain('ไม่มีตำแหน่ง')
  })
})
