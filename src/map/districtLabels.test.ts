import { describe, expect, it } from 'vitest'
import { districtLabelDetail, LABEL_ZOOM } from './districtLabels'

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
