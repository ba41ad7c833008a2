import { describe, expect, it } from 'vitest'
import { sectionsFor } from './sections'

describe('sectionsFor', () => {
  it('gives an administrator the account sections', () => {
    expect(sectionsFor('admin').map((section) => section.id)).toEqual(['invite', 'people', 'audit', 'password'])
  })

  it.each(['coordinator', 'volunteer', 'trainer'] as const)('gives a %s no administration', (role) => {
    expect(sectionsFor(role).map((section) => section.id)).toEqual(['password'])
  })
})
