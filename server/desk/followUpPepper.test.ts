import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { followUpPepper, PEPPER_FILE_NAME } from './followUpPepper'

describe('followUpPepper', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ssm-pepper-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('uses FOLLOW_UP_PEPPER when set', () => {
    expect(followUpPepper({ followUpPepper: 'p'.repeat(40), dataDir }).toString()).toBe('p'.repeat(40))
  })

  it('with PGlite and no variable, makes a random file on first start (owner-only) and keeps it on later starts', () => {
    const first = followUpPepper({ dataDir })
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(statSync(join(dataDir, PEPPER_FILE_NAME)).mode & 0o077).toBe(0)
    expect(followUpPepper({ dataDir }).equals(first)).toBe(true)
    const other = mkdtempSync(join(tmpdir(), 'ssm-pepper-'))
    expect(followUpPepper({ dataDir: other }).equals(first)).toBe(false)
    rmSync(other, { recursive: true, force: true })
  })

  it('never makes one up for PostgreSQL', () => {
    expect(() => followUpPepper({ databaseUrl: 'postgres://db/app', dataDir })).toThrow(/FOLLOW_UP_PEPPER/)
  })
})
