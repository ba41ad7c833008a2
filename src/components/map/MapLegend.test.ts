import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { PLACE_KINDS } from '@common/place'
import { createAppI18n } from '@/locales'
import { KIND_APPEARANCE } from '@/map/kindAppearance'
import { useFinderStore } from '@/stores/finder'
import MapLegend from './MapLegend.vue'

let pinia: Pinia
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

const render = (props = {}) => mount(MapLegend, { props, global: { plugins: [pinia, createAppI18n()] } })

describe('MapLegend', () => {
  it('shows every kind with the shape and colour the map draws, and its Thai name', () => {
    const legend = render().get('[data-testid="legend"]')
    for (const kind of PLACE_KINDS) {
      const item = legend.get(`li[data-kind="${kind}"]`)
      expect(item.get('svg').attributes('data-shape')).toBe(KIND_APPEARANCE[kind].shape)
      expect(item.get('polygon').attributes('fill')).toBe(KIND_APPEARANCE[kind].color)
    }
    expect(legend.get('li[data-kind="police_station"]').text()).toBe('สถานีตำรวจ')
  })

  it('explains the dashed areas and why shelters are not on the map', () => {
    const legend = render()
    expect(legend.get('li[data-kind="approximate"]').text()).toContain('ตำแหน่งโดยประมาณ')
    expect(legend.get('li[data-kind="shelter"]').text()).toContain('ไม่แสดงบนแผนที่ เพื่อความปลอดภัย')
  })

  it('starts folded unless asked to be open, and can float over the map', () => {
    expect(render().get('details').attributes('open')).toBeUndefined()
    const open = render({ open: true, overlay: true })
    expect(open.get('details').attributes('open')).toBeDefined()
    expect(open.get('[data-testid="legend"]').classes()).toContain('overlay')
  })

  it('steps aside from the map while a place is open, when it floats over the map', async () => {
    const floating = render({ overlay: true })
    const inline = render()
    useFinderStore().select('police-dusit')
    await nextTick()
    expect(floating.get('[data-testid="legend"]').isVisible()).toBe(false)
    expect(inline.get('[data-testid="legend"]').isVisible()).toBe(true)
  })
})
