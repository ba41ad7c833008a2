import { describe, expect, it } from 'vitest'
import { editsToFindIn } from './fuzzyMatch'

describe('editsToFindIn', () => {
  it.each([
    ['ศิริราช', 'โรงพยาบาลศิริราช', 0],
    ['ศิริราด', 'โรงพยาบาลศิริราช', 1],
    ['ศิรราช', 'โรงพยาบาลศิริราช', 1],
    ['ศีริราด', 'โรงพยาบาลศิริราช', 2],
    ['sirirat', 'sirirajhospital', 1],
    ['hosptial', 'policegeneralhospital', 2],
    ['', 'anything', 0],
  ])('finds "%s" in "%s" with %i edits', (pattern, text, edits) => {
    expect(editsToFindIn(pattern, text, 2)).toBe(edits)
  })

  it('gives up beyond the edits allowed', () => {
    expect(editsToFindIn('ศีริราด', 'โรงพยาบาลศิริราช', 1)).toBeNull()
    expect(editsToFindIn('ramathibodi', 'sirirajhospital', 2)).toBeNull()
  })

  it('counts a pattern longer than the text as the letters it would have to drop', () => {
    expect(editsToFindIn('abcd', 'abc', 1)).toBe(1)
    expect(editsToFindIn('abcd', '', 3)).toBeNull()
  })
})
