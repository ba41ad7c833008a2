import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

export const LOCK_FILE = 'server.lock'

/** A second process tried to open a data folder that a running server holds. */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly holderPid: number) {
    super(
      `ฐานข้อมูลใน ${dataDir} ถูกใช้อยู่โดยโปรแกรมอื่น (pid ${holderPid}): หยุดโปรแกรมนั้นก่อน หรือตั้ง DATA_DIR เป็นโฟลเดอร์อื่น\n` +
        `The database in ${dataDir} is in use by another process (pid ${holderPid}): stop it first, or set DATA_DIR to another folder.`,
    )
    this.name = 'DataDirLockedError'
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function holderOf(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/**
 * Takes the data folder for this process: PGlite lets two processes open one folder and then loses
 * data. The lock file (created exclusively) holds our pid; a lock left by a process that is gone
 * is taken over. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, `${process.pid}\n`)
      closeSync(fd)
      return () => rmSync(path, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = holderOf(path)
      if (holder !== undefined && holder !== process.pid && isRunning(holder)) throw new DataDirLockedError(dataDir, holder)
      if (holder === process.pid) throw new DataDirLockedError(dataDir, holder)
      rmSync(path, { force: true })
    }
  }
  throw new Error(`Could not take the lock ${path}`)
}
