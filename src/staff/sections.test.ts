import { describe, expect, it } from 'vitest'
import { sectionsFor } from './sections'

describe('sectionsFor', () => {
  it('gives an administrator the account sections', () => {
    expect(sectionsFor('admin').map((section) => section.id)).toEqual(['invite', 'people', 'audit', 'import', 'password'])
  })

  it('gives a coordinator the case desk, the review queue and import, and no administration', () => {
    expect(sectionsFor('coordinator').map((section) => section.id)).toEqual(['desk', 'review', 'import', 'password'])
  })

  it.each(['volunteer', 'trainer'] as const)('gives a %s no administration, desk, review or import', (role) => {
    expect(sectionsFor(role).map((section) => section.id)).toEqual(['password'])
  })
})
