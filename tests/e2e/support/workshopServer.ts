import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WorkshopAccount, WorkshopAddress, WorkshopConfig } from '@common/workshop/api'
import { startWorkshop } from '../../../server/workshop/startWorkshop'
import { loadWorkshopSettings } from '../../../server/workshop/workshopSettings'

/** A workshop server (`npm run workshop`'s server) for an E2E test: its own demo database, on loopback only. */
export interface WorkshopServer {
  /** e.g. http://127.0.0.2:41234/ — what attendees' phones and the presenter open in the test. */
  url: string
  /** The presenter page with its key (`/workshop#key=…`), as the CLI prints it. */
  presenterUrl: string
  presenterKey: string
  /** The addresses the presenter page shows (here: the one loopback address served). */
  addresses: WorkshopAddress[]
  volunteer: WorkshopAccount
  trainer: WorkshopAccount
  /** The workshop config now (its session changes at each reset). */
  config: () => WorkshopConfig
  /** Stops the server and removes its database. */
  close: () => Promise<void>
}

const LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/

/**
 * Starts the built app's server in workshop mode, in-process, on `host` (default 127.0.0.2: a
 * loopback address that is not 127.0.0.1, standing in for the laptop's LAN address) and a free
 * port, with a throwaway demo database. Only 127.0.0.0/8 is accepted.
 *
 *   const workshop = await startWorkshopServer({ distDir: inject('distDir'), template: inject('databaseTemplate') })
 *   afterAll(() => workshop.close())
 */
export async function startWorkshopServer(options: { distDir: string; template?: string; host?: string; publicInstallUrl?: string }): Promise<WorkshopServer> {
  const host = options.host ?? '127.0.0.2'
  if (!LOOPBACK.test(host)) throw new Error(`startWorkshopServer: ${host} is not a loopback address (127.0.0.0/8); tests never serve on other networks`)
  const dataDir = await mkdtemp(join(tmpdir(), 'safe-space-map-workshop-'))
  const settings = loadWorkshopSettings(
    { WORKSHOP_DATA_DIR: dataDir, WORKSHOP_HOST: host, WORKSHOP_PORT: '0', WORKSHOP_PUBLIC_URL: options.publicInstallUrl },
    [],
  )
  const template = options.template ? new Blob([await readFile(options.template)]) : undefined
  try {
    const workshop = await startWorkshop(settings, { distDir: options.distDir, template, log: false })
    return {
      url: workshop.url,
      presenterUrl: workshop.presenterUrl,
      presenterKey: workshop.presenterKey,
      addresses: workshop.addresses,
      volunteer: workshop.accounts.volunteer,
      trainer: workshop.accounts.trainer,
      config: workshop.config,
      close: async () => {
        await workshop.close()
        await rm(dataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true })
    throw error
  }
}
