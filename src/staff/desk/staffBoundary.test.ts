// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// The desk's key code is for coordinators only: nothing the resident's app loads may import it,
// statically or lazily, so it never lands in the resident's bundle or precache.
const IMPORTS_STAFF = /(?:from\s+|import\s*\(\s*)['"](?:@\/staff\/|(?:\.\.?\/)+(?:[\w-]+\/)*staff\/)/

// Vitest runs from the project root.
const SRC = join(process.cwd(), 'src')
const STAFF = join(SRC, 'staff')

function residentSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === STAFF ? [] : residentSourceFiles(path)
    return /\.(ts|vue)$/.test(entry.name) ? [path] : []
  })
}

describe('staff code stays out of the resident app', () => {
  it('no file outside src/staff imports from it', () => {
    const offenders = residentSourceFiles(SRC).filter((file) => IMPORTS_STAFF.test(readFileSync(file, 'utf8')))
    expect(offenders.map((file) => relative(SRC, file))).toEqual([])
  })

  it('recognises static and lazy imports of staff code', () => {
    const caught = ["import { unlockDesk } from '@/staff/desk/keyring'", "const page = () => import('../staff/StaffPage.vue')", "import x from '../../staff/desk/notes'"]
    expect(caught.filter((line) => IMPORTS_STAFF.test(line))).toEqual(caught)
    expect(IMPORTS_STAFF.test("import { openReport } from '@/safety/reportEncryption'")).toBe(false)
  })
})
