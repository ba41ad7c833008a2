// `npm run geo:export [-- folder]`: writes the places the database publishes back to
// geo/places/<kind>.geojson (or <folder>/<kind>.geojson), so `git diff geo/` shows what volunteers
// changed. Then `npm run geo:build` checks the files as always. The server must be stopped first
// when it uses the embedded database (one process at a time opens DATA_DIR).
import { relative, resolve } from 'node:path'
import { loadConfig } from '../config'
import { DataDirLockedError } from '../db/dataDirLock'
import { openDatabase } from '../db/open'
import { exportPlacesToGeo } from '../places/exportGeo'

const projectRoot = resolve(import.meta.dirname, '../..')
const placesDir = resolve(process.argv[2] ?? resolve(projectRoot, 'geo/places'))
const config = loadConfig()

try {
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir })
  try {
    const changed = await exportPlacesToGeo(database.db, placesDir)
    if (changed.length === 0) console.log(`ไม่มีอะไรเปลี่ยน · Nothing changed in ${relative(projectRoot, placesDir) || placesDir}`)
    for (const path of changed) console.log(`เขียนแล้ว · Written: ${relative(projectRoot, path)}`)
  } finally {
    await database.close()
  }
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error
  console.error(`เซิร์ฟเวอร์ (pid ${error.holderPid}) ใช้ฐานข้อมูลอยู่: หยุดเซิร์ฟเวอร์ก่อนแล้วลองใหม่ · The server (pid ${error.holderPid}) has the database open: stop it, then run this again.`)
  process.exitCode = 2
}
