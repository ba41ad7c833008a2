import { describe, expect, it } from 'vitest'
import { AREA_MIN_ZOOM, districtLabelDetail, LABEL_ZOOM, showsAreas } from './zoomRules'

describe('district label detail', () => {
  it('hides names at city zoom, where they would cover each other', () => {
    expect(districtLabelDetail(10)).toBe('none')
    expect(districtLabelDetail(LABEL_ZOOM.th - 0.5)).toBe('none')
  })

  it('shows Thai names first, then Thai and English one level closer', () => {
    expect(districtLabelDetail(LABEL_ZOOM.th)).toBe('th')
    expect(districtLabelDetail(LABEL_ZOOM.both - 0.5)).toBe('th')
    expect(districtLabelDetail(LABEL_ZOOM.both)).toBe('both')
    expect(districtLabelDetail(18)).toBe('both')
  })
})

describe('approximate areas', () => {
  it('are left out at city zoom and drawn from district zoom on', () => {
    expect(showsAreas(9.5)).toBe(false)
    expect(showsAreas(AREA_MIN_ZOOM - 0.5)).toBe(false)
    expect(showsAreas(AREA_MIN_ZOOM)).toBe(true)
    expect(showsAreas(16)).toBe(true)
  })
})
