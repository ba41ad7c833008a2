import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { residentSourceFiles, SRC } from '../../tests/unit/residentSources'

// Navigation is in memory only: a history entry or a URL change would let anyone with the phone see
// what was viewed (and Back could return to it after a quick exit). The E2E test checks the running
// app; this catches code paths the E2E test does not walk through.
const FORBIDDEN = [
  /\b(?:pushState|replaceState)\s*\(/,
  /\blocation\.(?:hash|href|search|pathname)\s*=[^=]/,
  /\blocation\.assign\s*\(/,
  /from\s+['"]vue-router['"]/,
]

describe('in-memory navigation', () => {
  it("no resident source file adds a history entry or changes the URL", () => {
    const offenders = residentSourceFiles({ withTests: false }).flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return FORBIDDEN.filter((pattern) => pattern.test(text)).map((pattern) => `${relative(SRC, file)}: ${pattern}`)
    })
    expect(offenders).toEqual([])
  })

  it('recognises what it forbids', () => {
    const caught = ["history.pushState({}, '', '/x')", "location.hash = 'report'", "import { createRouter } from 'vue-router'"]
    expect(caught.filter((line) => FORBIDDEN.some((pattern) => pattern.test(line)))).toEqual(caught)
    expect(FORBIDDEN.some((pattern) => pattern.test("window.location.replace(url) && location.hash === ''"))).toBe(false)
  })
})
