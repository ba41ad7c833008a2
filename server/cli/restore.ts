// `npm run db:restore -- file [--replace]`: puts a backup made by `npm run db:backup` into DATA_DIR.
// The server must be stopped. A folder that already holds a database is kept aside, never deleted.
import { existsSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import { resolve } from 'node:path'
import { loadConfig } from '../config'
import { isEmptyFolder, readBackup } from '../db/backup'
import { currentVersion } from '../db/datasets'
import { DataDirLockedError } from '../db/dataDirLock'
import { migrateToLatest } from '../db/migrate'
import { openDatabase } from '../db/open'

const config = loadConfig()
const [file] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const replace = process.argv.includes('--replace')
if (config.databaseUrl) {
  console.error('DATABASE_URL ตั้งไว้: กู้คืน PostgreSQL ด้วย pg_restore · DATABASE_URL is set: restore PostgreSQL with pg_restore (see README).')
  process.exit(2)
}
if (!file || !existsSync(file)) {
  console.error('ใช้: npm run db:restore -- <ไฟล์สำรอง.tar.gz> [--replace] · Usage: npm run db:restore -- <backup.tar.gz> [--replace]')
  process.exit(2)
}
if (!isEmptyFolder(config.dataDir)) {
  if (!replace) {
    console.error(
      `${config.dataDir} มีฐานข้อมูลอยู่แล้ว: เพิ่ม --replace เพื่อย้ายของเดิมไปเก็บไว้ข้างๆ แล้วกู้คืน\n` +
        `${config.dataDir} already holds a database: add --replace to move it aside (kept, not deleted) and restore.`,
    )
    process.exit(2)
  }
  const aside = `${config.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
  try {
    // Opening takes the lock: a running server makes this fail before anything is moved.
    const probe = await openDatabase({ dataDir: config.dataDir })
    await probe.close()
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`${error.message}\nหยุดเซิร์ฟเวอร์ก่อนกู้คืน · Stop the server before restoring.`)
      process.exit(3)
    }
    throw error
  }
  await rename(config.dataDir, aside)
  console.log(`ฐานข้อมูลเดิมย้ายไปที่ · The previous database was moved to ${aside}`)
}

const database = await openDatabase({ dataDir: config.dataDir, template: await readBackup(resolve(file)) })
try {
  await migrateToLatest(database.db)
  const version = await currentVersion(database.db)
  console.log(`กู้คืนแล้ว · Restored into ${config.dataDir}: dataset version ${version?.number ?? '—'} (${version?.version ?? 'none'})`)
} finally {
  await database.close()
}
