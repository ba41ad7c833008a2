// @vitest-environment node
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { residentSourceFiles, SRC } from '../../../tests/unit/residentSources'

// The desk's key code is for coordinators only: nothing the resident's app loads may import it,
// statically or lazily, so it never lands in the resident's bundle or precache.
const IMPORTS_STAFF = /(?:from\s+|import\s*\(\s*)['"](?:@\/staff\/|(?:\.\.?\/)+(?:[\w-]+\/)*staff\/)/

describe('staff code stays out of the resident app', () => {
  it('no file outside src/staff imports from it', () => {
    const offenders = residentSourceFiles({ withTests: true }).filter((file) => IMPORTS_STAFF.test(readFileSync(file, 'utf8')))
    expect(offenders.map((file) => relative(SRC, file))).toEqual([])
  })

  it('recognises static and lazy imports of staff code', () => {
    const caught = ["import { unlockDesk } from '@/staff/desk/keyring'", "const page = () => import('../staff/StaffPage.vue')", "import x from '../../staff/desk/notes'"]
    expect(caught.filter((line) => IMPORTS_STAFF.test(line))).toEqual(caught)
    expect(IMPORTS_STAFF.test("import { openReport } from '@/safety/reportEncryption'")).toBe(false)
  })
})
