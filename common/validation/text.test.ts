import { describe, expect, it } from 'vitest'
import { MAX_NAME_LENGTH, textProblem } from './text'

describe('textProblem', () => {
  it('accepts Thai with its vowel and tone marks, and English', () => {
    expect(textProblem('โรงพยาบาลตำรวจ (ศูนย์พึ่งได้) · Police General Hospital', MAX_NAME_LENGTH)).toBeUndefined()
  })

  it('refuses a 5 MB name by its length', () => {
    expect(textProblem('ก'.repeat(5 * 1024 * 1024), MAX_NAME_LENGTH)).toEqual({ kind: 'too-long', length: 5 * 1024 * 1024 })
  })

  it.each([
    ['right-to-left override', 'Police \u202Eexe.txt', 'U+202E', 7],
    ['zero-width space', 'สถานี\u200Bตำรวจ', 'U+200B', 5],
    ['byte order mark', '\uFEFFสถานี', 'U+FEFF', 0],
    ['bell (control)', 'สถานี\u0007', 'U+0007', 5],
    ['new line', 'สถานี\nตำรวจ', 'U+000A', 5],
    ['C1 control', 'a\u0085b', 'U+0085', 1],
  ])('refuses a %s and says which character and where', (_name, text, codePoint, position) => {
    expect(textProblem(text, MAX_NAME_LENGTH)).toEqual({ kind: 'hidden-character', codePoint, position })
  })
})
