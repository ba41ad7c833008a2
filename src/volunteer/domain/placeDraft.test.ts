import { describe, expect, it } from 'vitest'
import { testSourcePlace } from '@common/volunteer/testPlace'
import { validatePlaceChange } from '@common/validation'
import { draftFromPlace, phoneFromTyped, placeFromDraft } from './placeDraft'

describe('phoneFromTyped', () => {
  it('turns a Thai number as people write it into E.164, keeping what they wrote for display', () => {
    expect(phoneFromTyped(' 02 282 2323 ')).toEqual({ e164: '+6622822323', display: '02 282 2323' })
    expect(phoneFromTyped('1300')).toEqual({ e164: '1300', display: '1300' })
  })
})

describe('draft ↔ place', () => {
  const base = testSourcePlace({ hours: { th: 'จันทร์–ศุกร์ 08:30–16:30', weekly: [{ days: ['mon'], opens: '08:30', closes: '16:30' }] }, note: { th: 'โทรก่อน' } })

  it('gives back the same place when nothing was changed', () => {
    expect(placeFromDraft(draftFromPlace(base), base)).toEqual(base)
  })

  it('drops the exact weekly times once the written hours change', () => {
    const edited = placeFromDraft({ ...draftFromPlace(base), hoursTh: 'ทุกวัน 08:00–20:00' }, base)
    expect(edited.properties.hours).toEqual({ th: 'ทุกวัน 08:00–20:00' })
  })

  it('keeps no position and no address for a hidden place', () => {
    const edited = placeFromDraft({ ...draftFromPlace(base), visibility: 'hidden', addressTh: 'ซอย 1' }, base)
    expect(edited.point).toBeNull()
    expect(edited.properties).not.toHaveProperty('address')
  })

  it('passes a half-typed pin to the shared rules, which say what is wrong with it', () => {
    const edited = placeFromDraft({ ...draftFromPlace(base), lat: '100.51', lng: '13.77' }, base)
    expect(validatePlaceChange(edited, [], { districts: [] }).map((problem) => [problem.field, problem.rule])).toContainEqual(['point', 'location.swapped'])
  })
})
