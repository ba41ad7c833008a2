import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './dataDirLock'

const dirs: string[] = []
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssm-lock-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('the data folder lock', () => {
  it('refuses a second opener with a message naming the folder and what to do, in Thai and English', () => {
    const dir = dataDir()
    const release = lockDataDir(dir)
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError)
    expect(() => lockDataDir(dir)).toThrow(/in use by another process.*set DATA_DIR to another folder/)
    expect(() => lockDataDir(dir)).toThrow(/ถูกใช้อยู่/)
    release()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
    lockDataDir(dir)()
  })

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = dataDir()
    // Far above any pid this machine hands out (pid_max is at most 4194304).
    writeFileSync(join(dir, LOCK_FILE), '4194999\n')
    const release = lockDataDir(dir)
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid))
    release()
  })
})
