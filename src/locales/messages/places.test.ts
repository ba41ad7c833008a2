import { describe, expect, it } from 'vitest'
import { PLACE_KINDS, SERVICES } from '@/domain/place'
import places from './places'

describe('place sheet words', () => {
  it.each(['th', 'en'] as const)('name every place kind and every service in %s', (locale) => {
    const words = places[locale].places as { kind: Record<string, string>; service: Record<string, string> }
    expect(Object.keys(words.kind).sort()).toEqual([...PLACE_KINDS].sort())
    expect(Object.keys(words.service).sort()).toEqual([...SERVICES].sort())
    for (const label of [...Object.values(words.kind), ...Object.values(words.service)]) expect(label.trim()).not.toBe('')
  })
})
