// `npm run db:backup [-- file]`: a consistent copy of the embedded database, whether the server
// runs (it is asked to write the copy: SIGUSR2) or not (the folder is opened here).
import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { loadConfig } from '../config'
import { signalledBackupPath, writeBackup } from '../db/backup'
import { DataDirLockedError } from '../db/dataDirLock'
import { openDatabase } from '../db/open'

const config = loadConfig()
if (config.databaseUrl) {
  console.error('DATABASE_URL ตั้งไว้: สำรองข้อมูล PostgreSQL ด้วย pg_dump · DATABASE_URL is set: back up PostgreSQL with pg_dump (see README).')
  process.exit(2)
}
if (!existsSync(config.dataDir)) {
  console.error(`ไม่พบฐานข้อมูลใน ${config.dataDir} · No database in ${config.dataDir} (DATA_DIR).`)
  process.exit(2)
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = resolve(process.argv[2] ?? `backups/safe-space-map-${stamp}.tar.gz`)
await mkdir(dirname(target), { recursive: true })

/** The running server writes the copy itself; we wait for it to appear. */
async function askRunningServer(pid: number): Promise<void> {
  const written = signalledBackupPath(config.dataDir)
  await rm(written, { force: true })
  process.kill(pid, 'SIGUSR2')
  for (let waited = 0; waited < 120; waited += 1) {
    if (existsSync(written)) return rename(written, target)
    await sleep(500)
  }
  throw new Error(`The server (pid ${pid}) did not write ${written} within 60 s.`)
}

try {
  const database = await openDatabase({ dataDir: config.dataDir })
  try {
    await writeBackup(database.pglite!, target)
  } finally {
    await database.close()
  }
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error
  await askRunningServer(error.holderPid)
}
console.log(`สำรองข้อมูลแล้ว · Backup written: ${target}`)
