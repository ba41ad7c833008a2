// `npm run workshop`: a trainer's laptop serves the app to the room in workshop mode, on its own
// demo database (server/workshop/README.md). `npm run workshop` builds first; this file serves.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ConfigError } from '../config'
import { DataDirLockedError } from '../db/dataDirLock'
import { workshopConsoleMessage } from '../workshop/consoleMessage'
import { startWorkshop } from '../workshop/startWorkshop'
import { stopOnSignals } from '../stopOnSignals'
import { loadWorkshopSettings, type WorkshopSettings } from '../workshop/workshopSettings'

const DIST_DIR = resolve(import.meta.dirname, '../../dist')

function readSettings(): WorkshopSettings {
  try {
    return loadWorkshopSettings(process.env, process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`โหมดอบรมไม่เริ่มทำงาน · Workshop mode did not start:\n${error.message}`)
    process.exit(2)
  }
}

const settings = readSettings()
try {
  const built = existsSync(join(DIST_DIR, 'index.html'))
  if (!built) console.warn(`${DIST_DIR} has no build: serving the API and dataset only (npm run workshop builds first)`)
  const workshop = await startWorkshop(settings, { distDir: built ? DIST_DIR : undefined })
  console.log(
    await workshopConsoleMessage({
      addresses: workshop.addresses,
      joinCode: workshop.config().joinCode,
      presenterUrl: workshop.presenterUrl,
      accounts: workshop.accounts,
      publicInstallUrl: settings.publicInstallUrl,
      dataDir: settings.server.dataDir,
    }),
  )
  stopOnSignals(workshop)
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message)
    process.exit(3)
  }
  throw error
}
