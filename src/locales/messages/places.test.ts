import { describe, expect, it } from 'vitest'
import { PLACE_KINDS, SERVICES } from '@common/place'
import { createAppI18n } from '@/locales'

describe('place sheet words', () => {
  it.each(['th', 'en'] as const)('name every place kind and every service in %s', (locale) => {
    const { t, tm } = createAppI18n(locale).global
    expect(Object.keys(tm('places.kind')).sort()).toEqual([...PLACE_KINDS].sort())
    expect(Object.keys(tm('places.service')).sort()).toEqual([...SERVICES].sort())
    for (const key of [...PLACE_KINDS.map((kind) => `places.kind.${kind}`), ...SERVICES.map((service) => `places.service.${service}`)]) {
      expect(t(key).trim()).not.toBe('')
      expect(t(key)).not.toBe(key)
    }
  })
})
