import { describe, expect, it } from 'vitest'
import { sectionsFor } from './sections'

describe('sectionsFor', () => {
  it('gives an administrator the account sections', () => {
    expect(sectionsFor('admin').map((section) => section.id)).toEqual(['invite', 'people', 'audit', 'import', 'password'])
  })

  it('gives a coordinator the review queue and import, and no administration', () => {
    expect(sectionsFor('coordinator').map((section) => section.id)).toEqual(['review', 'import', 'password'])
  })

  it.each(['volunteer', 'trainer'] as const)('gives a %s no administration, review or import', (role) => {
    expect(sectionsFor(role).map((section) => section.id)).toEqual(['password'])
  })
})
