// `npm start` / `npm run serve`: one process serves the built app, the dataset and the API.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ConfigError, loadConfig, type ServerConfig } from './config'
import { signalledBackupPath, writeBackup } from './db/backup'
import { DataDirLockedError } from './db/dataDirLock'
import { startServer } from './start'
import { stopOnSignals } from './stopOnSignals'

const DIST_DIR = resolve(import.meta.dirname, '../dist')

function readConfig(): ServerConfig {
  try {
    return loadConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`ตั้งค่าไม่ถูกต้อง เซิร์ฟเวอร์ไม่เริ่มทำงาน · The server did not start: fix these settings\n${error.message}`)
    process.exit(2)
  }
}

const config = readConfig()
try {
  const built = existsSync(join(DIST_DIR, 'index.html'))
  if (!built) console.warn(`${DIST_DIR} has no build: serving the API and dataset only (npm start builds first)`)
  const server = await startServer(config, { distDir: built ? DIST_DIR : undefined })
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`
  console.log(`แผนที่พื้นที่ปลอดภัย · Safe Space Map: ${server.url}  (database: ${where})`)
  if (config.host === '0.0.0.0') console.log('HOST=0.0.0.0: also served on this machine\'s network addresses, port ' + new URL(server.url).port)
  stopOnSignals(server)
  // `npm run db:backup` while we run: write a consistent copy beside the data folder.
  const { pglite } = server.database
  if (pglite) {
    process.on('SIGUSR2', () => {
      writeBackup(pglite, signalledBackupPath(config.dataDir)).catch((error: unknown) => console.error('backup failed', error))
    })
  }
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message)
    process.exit(3)
  }
  throw error
}
